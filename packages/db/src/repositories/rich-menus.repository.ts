// LINE rich menus of a workspace (0044): images, menus, the default, the tier/segment rule and the
// menu each customer was last given. The LINE side is @wayfarer/channels'; this is the record.
import type { Db } from '../connect';
import type { IdentityKind } from '../schema';
import { DataError } from '../errors';
import type { RichMenuImagesTable, RichMenuRow, RichMenuRule, StoredRichMenuArea } from '../rich-menus-schema';
import { createWorkspaceCache } from '../workspace-cache';

// Read for every routed tier change and segment entry or exit (a segment refresh routes one per
// customer who entered); invalidated by saving rules (see workspace-cache.ts).
const hasRules = createWorkspaceCache<boolean>();

type ImageInput = Pick<RichMenuImagesTable, 'workspaceId' | 'contentType' | 'width' | 'height' | 'data'>;

export async function insertRichMenuImage(db: Db, image: ImageInput): Promise<{ id: string }> {
  return db.insertInto('richMenuImages').values(image).returning(['id']).executeTakeFirstOrThrow();
}

/** The workspace's image with its bytes; undefined for another workspace's. */
export async function findRichMenuImage(db: Db, workspaceId: string, imageId: string) {
  return db
    .selectFrom('richMenuImages')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', imageId)
    .executeTakeFirst();
}

/** The workspace's menus, oldest first (without image bytes). */
export async function listRichMenus(db: Db, workspaceId: string): Promise<RichMenuRow[]> {
  return db.selectFrom('richMenus').selectAll().where('workspaceId', '=', workspaceId).orderBy('createdAt').execute();
}

export async function findRichMenu(db: Db, workspaceId: string, id: string): Promise<RichMenuRow | undefined> {
  return db
    .selectFrom('richMenus')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findDefaultRichMenu(db: Db, workspaceId: string): Promise<RichMenuRow | undefined> {
  return db
    .selectFrom('richMenus')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('isDefault', '=', true)
    .executeTakeFirst();
}

export async function richMenuNameTaken(db: Db, workspaceId: string, name: string): Promise<boolean> {
  const row = await db
    .selectFrom('richMenus')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('name', '=', name)
    .executeTakeFirst();
  return row !== undefined;
}

export interface NewRichMenu {
  workspaceId: string;
  name: string;
  chatBarText: string;
  size: 'full' | 'half';
  layout: string;
  areas: StoredRichMenuArea[];
  imageId: string;
  lineRichMenuId: string;
}

export async function insertRichMenu(db: Db, menu: NewRichMenu): Promise<RichMenuRow> {
  return db
    .insertInto('richMenus')
    .values({ ...menu, areas: JSON.stringify(menu.areas) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Makes `id` the workspace's only default menu; null: none. */
export async function markDefaultRichMenu(db: Db, workspaceId: string, id: string | null): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('richMenus')
      .set({ isDefault: false })
      .where('workspaceId', '=', workspaceId)
      .where('isDefault', '=', true)
      .execute();
    if (id === null) return;
    const updated = await trx
      .updateTable('richMenus')
      .set({ isDefault: true })
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw new DataError('not_found', `No rich menu ${id} in this workspace.`);
  });
}

/** Deletes the menu and the rule lines that give it (customers who had it see the default). */
export async function deleteRichMenu(db: Db, workspaceId: string, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const rules = await getRichMenuRules(trx, workspaceId);
    const kept = rules.filter((rule) => rule.richMenuId !== id);
    if (kept.length !== rules.length) await saveRichMenuRules(trx, workspaceId, kept);
    await trx.deleteFrom('richMenus').where('workspaceId', '=', workspaceId).where('id', '=', id).execute();
  });
  hasRules.invalidate();
}

export async function getRichMenuRules(db: Db, workspaceId: string): Promise<RichMenuRule[]> {
  const row = await db
    .selectFrom('richMenuRules')
    .select('rules')
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  return row?.rules ?? [];
}

export async function saveRichMenuRules(db: Db, workspaceId: string, rules: RichMenuRule[]): Promise<void> {
  const value = { workspaceId, rules: JSON.stringify(rules), updatedAt: new Date() };
  await db
    .insertInto('richMenuRules')
    .values(value)
    .onConflict((oc) => oc.column('workspaceId').doUpdateSet({ rules: value.rules, updatedAt: value.updatedAt }))
    .execute();
  // Within a transaction the caller invalidates once it has committed (deleteRichMenu).
  if (!db.isTransaction) hasRules.invalidate();
}

/**
 * Whether the workspace has a rich menu rule line; cached per process, so rules saved by another
 * process may go unseen for WORKSPACE_CACHE_TTL_MS. Lets routing skip the rule in workspaces
 * without one, without a query per fact.
 */
export async function workspaceHasRichMenuRules(db: Db, workspaceId: string): Promise<boolean> {
  return hasRules.get(db, workspaceId, async () => (await getRichMenuRules(db, workspaceId)).length > 0);
}

/**
 * The menu `rules` (the workspace's, read once by the caller) give the customer now: the first line whose tier they hold or
 * whose segment they are in; null (the default) when none holds or there is no rule.
 */
export async function ruleMenuOfCustomer(
  db: Db,
  rules: readonly RichMenuRule[],
  customerId: string,
): Promise<string | null> {
  if (rules.length === 0) return null;
  const [tier, memberships] = await Promise.all([
    db.selectFrom('customerTiers').select('tierKey').where('customerId', '=', customerId).executeTakeFirst(),
    db.selectFrom('segmentMemberships').select('segmentId').where('customerId', '=', customerId).execute(),
  ]);
  const segments = new Set(memberships.map((row) => row.segmentId));
  const match = rules.find((rule) =>
    rule.kind === 'tier' ? rule.tierKey === (tier?.tierKey ?? null) : segments.has(rule.segmentId),
  );
  return match?.richMenuId ?? null;
}

export async function findCustomerRichMenu(db: Db, customerId: string) {
  return db.selectFrom('customerRichMenus').selectAll().where('customerId', '=', customerId).executeTakeFirst();
}

/** Records the menu the customer now has on LINE (null: the default). */
export async function recordCustomerRichMenu(
  db: Db,
  row: { workspaceId: string; customerId: string; richMenuId: string | null; source: 'rule' | 'step' },
): Promise<void> {
  const updatedAt = new Date();
  await db
    .insertInto('customerRichMenus')
    .values({ ...row, updatedAt })
    .onConflict((oc) =>
      oc.column('customerId').doUpdateSet({ richMenuId: row.richMenuId, source: row.source, updatedAt }),
    )
    .execute();
}

/** Which of `ids` are segments of the workspace (a rule may name only its own). */
export async function workspaceSegmentIds(db: Db, workspaceId: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('segments')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  return rows.map((row) => row.id);
}

/**
 * A page (by id, after `after`) of the customers a just-saved rule may move: those with an identity
 * of `identityKind` (their LINE user id) who hold one of its lines now, or who have a menu an earlier
 * rule gave them. Customers given a menu by a journey step and holding no line are left as they are.
 */
export async function customersUnderRichMenuRule(
  db: Db,
  query: {
    workspaceId: string;
    rules: readonly RichMenuRule[];
    identityKind: IdentityKind;
    after: string | null;
    limit: number;
  },
): Promise<string[]> {
  const tierKeys = query.rules.flatMap((rule) => (rule.kind === 'tier' ? [rule.tierKey] : []));
  const segmentIds = query.rules.flatMap((rule) => (rule.kind === 'segment' ? [rule.segmentId] : []));
  const rows = await db
    .selectFrom('customers as c')
    .select('c.id')
    .where('c.workspaceId', '=', query.workspaceId)
    .$if(query.after !== null, (qb) => qb.where('c.id', '>', query.after ?? ''))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('customerIdentities as i')
          .select('i.customerId')
          .whereRef('i.customerId', '=', 'c.id')
          .where('i.kind', '=', query.identityKind),
      ),
    )
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('customerRichMenus as m')
            .select('m.customerId')
            .whereRef('m.customerId', '=', 'c.id')
            .where('m.source', '=', 'rule')
            .where('m.richMenuId', 'is not', null),
        ),
        ...(tierKeys.length === 0
          ? []
          : [
              eb.exists(
                eb
                  .selectFrom('customerTiers as t')
                  .select('t.customerId')
                  .whereRef('t.customerId', '=', 'c.id')
                  .where('t.tierKey', 'in', tierKeys),
              ),
            ]),
        ...(segmentIds.length === 0
          ? []
          : [
              eb.exists(
                eb
                  .selectFrom('segmentMemberships as s')
                  .select('s.customerId')
                  .whereRef('s.customerId', '=', 'c.id')
                  .where('s.segmentId', 'in', segmentIds),
              ),
            ]),
      ]),
    )
    .orderBy('c.id')
    .limit(query.limit)
    .execute();
  return rows.map((row) => row.id);
}
