import type { Db } from '../connect';
import type { AuditEntry } from '../schema';

/** Names an audit page refers to, each keyed by id; an id missing from a map has no name to show. */
export interface AuditNames {
  /** Users who are members of the workspace now; a former member is absent. */
  users: Map<string, string>;
  /** The workspace's own API keys, revoked ones included. */
  apiKeys: Map<string, string>;
  /** Named entities by `entityType` (`journey`, `segment`, …), then id. */
  entities: Map<string, Map<string, string>>;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Entity types whose row has a `name`, and the table holding it.
const namedTables = {
  journey: 'journeys',
  segment: 'segments',
  message_template: 'messageTemplates',
  rich_menu: 'richMenus',
  coupon_pool: 'couponPools',
  badge: 'badges',
  tier: 'tierDefinitions',
  lottery: 'lotteries',
  liff_form: 'liffForms',
} as const;

type NamedType = keyof typeof namedTables;

function idsOf(entries: readonly AuditEntry[], keep: (entry: AuditEntry) => string | null): string[] {
  const ids = new Set<string>();
  for (const entry of entries) {
    const id = keep(entry);
    if (id !== null && uuidPattern.test(id)) ids.add(id);
  }
  return [...ids];
}

async function namesIn(db: Db, table: (typeof namedTables)[NamedType] | 'apiKeys', workspaceId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom(table)
    .select(['id', 'name'])
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

/**
 * The names of one page of entries' actors and entities: one query per kind of thing named, never
 * one per entry. Only this workspace's rows are read, so another workspace's names never show.
 */
export async function lookupAuditNames(
  db: Db,
  workspaceId: string,
  entries: readonly AuditEntry[],
): Promise<AuditNames> {
  const userIds = idsOf(entries, (entry) =>
    entry.actorType === 'user' ? entry.actorId : entry.entityType === 'member' ? entry.entityId : null,
  );
  const keyIds = idsOf(entries, (entry) =>
    entry.actorType === 'api_key' ? entry.actorId : entry.entityType === 'api_key' ? entry.entityId : null,
  );
  const broadcastIds = idsOf(entries, (entry) => (entry.entityType === 'broadcast' ? entry.entityId : null));
  const [users, apiKeys, broadcasts, ...named] = await Promise.all([
    userIds.length === 0
      ? []
      : db
          .selectFrom('users')
          .innerJoin('workspaceMembers', 'workspaceMembers.userId', 'users.id')
          .select(['users.id', 'users.name'])
          .where('workspaceMembers.workspaceId', '=', workspaceId)
          .where('users.id', 'in', userIds)
          .execute(),
    namesIn(db, 'apiKeys', workspaceId, keyIds),
    broadcastIds.length === 0
      ? []
      : db
          .selectFrom('broadcasts')
          .innerJoin('journeys', 'journeys.id', 'broadcasts.journeyId')
          .select(['broadcasts.id', 'journeys.name'])
          .where('broadcasts.workspaceId', '=', workspaceId)
          .where('broadcasts.id', 'in', broadcastIds)
          .execute(),
    ...Object.entries(namedTables).map(([type, table]) =>
      namesIn(
        db,
        table,
        workspaceId,
        idsOf(entries, (entry) => (entry.entityType === type ? entry.entityId : null)),
      ),
    ),
  ]);
  const entities = new Map(
    Object.keys(namedTables).map((type, index) => [type, named[index] ?? new Map<string, string>()]),
  );
  entities.set('broadcast', new Map(broadcasts.map((row) => [row.id, row.name])));
  entities.set('api_key', apiKeys);
  entities.set('member', new Map(users.map((row) => [row.id, row.name])));
  // A secret's id is its name (a key like `acme.crm.token`, never its value).
  entities.set('workspace_secret', new Map(secretNamesOf(entries).map((name) => [name, name])));
  return { users: new Map(users.map((row) => [row.id, row.name])), apiKeys, entities };
}

function secretNamesOf(entries: readonly AuditEntry[]): string[] {
  const names = entries.flatMap((entry) =>
    entry.entityType === 'workspace_secret' && entry.entityId !== null ? [entry.entityId] : [],
  );
  return [...new Set(names)];
}

/** Who can appear as an actor: the workspace's members and API keys, by name. */
export async function listAuditActors(db: Db, workspaceId: string) {
  const [members, keys] = await Promise.all([
    db
      .selectFrom('users')
      .innerJoin('workspaceMembers', 'workspaceMembers.userId', 'users.id')
      .select(['users.id', 'users.name'])
      .where('workspaceMembers.workspaceId', '=', workspaceId)
      .orderBy('users.name')
      .execute(),
    db.selectFrom('apiKeys').select(['id', 'name']).where('workspaceId', '=', workspaceId).orderBy('name').execute(),
  ]);
  return { members, apiKeys: keys };
}
