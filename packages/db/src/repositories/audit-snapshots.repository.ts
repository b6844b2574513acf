// The state of one workspace entity as the audit log compares it before and after a change.
// Columns that never belong in an audit entry (key hashes, sealed credentials) never leave here.
import type { Db } from '../connect';

/** Tables with an `id` and a `workspace_id` whose rows the audit log can snapshot. */
export const auditedTables = {
  journey: 'journeys',
  segment: 'segments',
  coupon_pool: 'couponPools',
  badge: 'badges',
  tier: 'tierDefinitions',
  lottery: 'lotteries',
  broadcast: 'broadcasts',
  message_template: 'messageTemplates',
  rich_menu: 'richMenus',
  api_key: 'apiKeys',
  liff_form: 'liffForms',
} as const;

export type AuditedEntity = keyof typeof auditedTables;

const neverRead = new Set(['keyHash', 'sealedConfig', 'workspaceId', 'createdAt', 'updatedAt']);

/** The row as a plain object without bookkeeping columns, or null when there is none. */
export async function findAuditSnapshot(
  db: Db,
  entity: AuditedEntity,
  workspaceId: string,
  id: string,
): Promise<Record<string, unknown> | null> {
  // Ids are uuids; anything else cannot match and would make Postgres refuse the cast.
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
  const table = auditedTables[entity] as 'journeys';
  const row = await db
    .selectFrom(table)
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  return Object.fromEntries(Object.entries(row).filter(([column]) => !neverRead.has(column)));
}

/** A member's role in the workspace (members are keyed by user id), or null when not a member. */
export async function findMemberSnapshot(
  db: Db,
  workspaceId: string,
  userId: string,
): Promise<Record<string, unknown> | null> {
  if (!/^[0-9a-f-]{36}$/i.test(userId)) return null;
  const row = await db
    .selectFrom('workspaceMembers')
    .select(['userId', 'role'])
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return row ? { ...row } : null;
}
