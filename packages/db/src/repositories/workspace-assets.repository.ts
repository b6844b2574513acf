import type { Db } from '../connect';

/** Things of a workspace a journey can name (see `assetKinds` in @wayfarer/journey). */
export type WorkspaceAssetKind =
  'channel' | 'lottery' | 'badge' | 'coupon_pool' | 'segment' | 'tier' | 'message_template';

export type AssetRefs = Readonly<Partial<Record<WorkspaceAssetKind, readonly string[]>>>;

// A ref that is not a uuid names no row of a uuid-keyed table (and must not reach it as a parameter).
const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuids = (refs: readonly string[]) => refs.filter((ref) => uuidShape.test(ref));

type Finder = (db: Db, workspaceId: string, refs: readonly string[]) => Promise<string[]>;

const finders: Readonly<Record<WorkspaceAssetKind, Finder>> = {
  channel: async (db, workspaceId, refs) =>
    (
      await db
        .selectFrom('channelCredentials')
        .select('channel')
        .where('workspaceId', '=', workspaceId)
        .where('channel', 'in', refs as never[])
        .execute()
    ).map((row) => row.channel),
  lottery: async (db, workspaceId, refs) =>
    uuids(refs).length === 0
      ? []
      : (
          await db
            .selectFrom('lotteries')
            .select('id')
            .where('workspaceId', '=', workspaceId)
            .where('id', 'in', uuids(refs))
            .where('archivedAt', 'is', null)
            .execute()
        ).map((row) => row.id),
  coupon_pool: async (db, workspaceId, refs) =>
    uuids(refs).length === 0
      ? []
      : (
          await db
            .selectFrom('couponPools')
            .select('id')
            .where('workspaceId', '=', workspaceId)
            .where('id', 'in', uuids(refs))
            .where('archivedAt', 'is', null)
            .execute()
        ).map((row) => row.id),
  segment: async (db, workspaceId, refs) =>
    uuids(refs).length === 0
      ? []
      : (
          await db
            .selectFrom('segments')
            .select('id')
            .where('workspaceId', '=', workspaceId)
            .where('id', 'in', uuids(refs))
            .where('archivedAt', 'is', null)
            .execute()
        ).map((row) => row.id),
  message_template: async (db, workspaceId, refs) =>
    uuids(refs).length === 0
      ? []
      : (
          await db
            .selectFrom('messageTemplates')
            .select('id')
            .where('workspaceId', '=', workspaceId)
            .where('id', 'in', uuids(refs))
            .execute()
        ).map((row) => row.id),
  badge: async (db, workspaceId, refs) =>
    (
      await db
        .selectFrom('badges')
        .select('key')
        .where('workspaceId', '=', workspaceId)
        .where('key', 'in', refs)
        .execute()
    ).map((row) => row.key),
  tier: async (db, workspaceId, refs) =>
    (
      await db
        .selectFrom('tierDefinitions')
        .select('key')
        .where('workspaceId', '=', workspaceId)
        .where('key', 'in', refs)
        .execute()
    ).map((row) => row.key),
};

/**
 * Which of `wanted` the workspace has, per kind: connected channels by name, live lotteries, coupon
 * pools and segments (not archived) and message templates by id, badges and tiers by key.
 */
export async function findWorkspaceAssets(db: Db, workspaceId: string, wanted: AssetRefs): Promise<AssetRefs> {
  const entries = await Promise.all(
    Object.entries(wanted).map(async ([kind, refs]) => {
      const find = finders[kind as WorkspaceAssetKind];
      const found = refs.length === 0 ? [] : await find(db, workspaceId, refs);
      return [kind, found] as const;
    }),
  );
  return Object.fromEntries(entries);
}
