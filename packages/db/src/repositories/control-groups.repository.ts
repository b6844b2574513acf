import { sql, type Expression, type RawBuilder } from 'kysely';
import type { Db } from '../connect';
import type { ControlGroup } from '../experiments-schema';

/**
 * `@wayfarer/experiments`' stableBucket in SQL: the first 32 bits of sha256(`salt:customerId`)
 * as a number in [0, 1). Both sides must agree; a test checks them against each other.
 */
export function stableBucketSql(salt: Expression<string>, customerId: Expression<string>): RawBuilder<number> {
  return sql<number>`(('x' || encode(substring(sha256(convert_to(${salt} || ':' || ${customerId}::text, 'UTF8')) from 1 for 4), 'hex'))::bit(32)::bigint / 4294967296.0)`;
}

/** True when `customerId` is in the control group of `workspaceId` (false when it has none). */
export function inControlGroupSql(
  workspaceId: Expression<string>,
  customerId: Expression<string>,
): RawBuilder<boolean> {
  return sql<boolean>`exists (select 1 from control_groups cg where cg.workspace_id = ${workspaceId}
    and cg.percent > 0 and ${stableBucketSql(sql.ref('cg.salt'), customerId)} * 100 < cg.percent)`;
}

export interface ControlGroupSettings {
  percent: number;
  conversionEvent: string;
  revenueProperty: string;
}

/** The workspace's control group; 0 % (nobody) when it never set one. */
export async function getControlGroup(db: Db, workspaceId: string): Promise<ControlGroup> {
  const row = await db
    .selectFrom('controlGroups')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  if (row) return row;
  // The salt is made on first save; nobody is in a 0 % group, so an empty one does no harm here.
  return {
    workspaceId,
    percent: 0,
    salt: '',
    conversionEvent: 'purchase',
    revenueProperty: 'revenue',
    updatedAt: new Date(0),
  };
}

/** Sets the control group's size and what its report measures; the salt never changes once made. */
export async function saveControlGroup(
  db: Db,
  workspaceId: string,
  settings: ControlGroupSettings,
): Promise<ControlGroup> {
  return db
    .insertInto('controlGroups')
    .values({ workspaceId, ...settings, updatedAt: new Date() })
    .onConflict((conflict) => conflict.column('workspaceId').doUpdateSet({ ...settings, updatedAt: new Date() }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Which of `customerIds` are in the workspace's control group. */
export async function controlGroupMembers(
  db: Db,
  workspaceId: string,
  customerIds: readonly string[],
): Promise<Set<string>> {
  if (customerIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('customers')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', customerIds)
    .where(inControlGroupSql(sql.val(workspaceId), sql.ref('customers.id')))
    .execute();
  return new Set(rows.map((row) => row.id));
}
