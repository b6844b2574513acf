import type { Db } from '../connect';

/** Things of a workspace a journey can name (see `assetKinds` in @wayfarer/journey). */
export type WorkspaceAssetKind =
  'channel' | 'lottery' | 'badge' | 'coupon_pool' | 'segment' | 'tier' | 'message_template' | 'rich_menu';

export type AssetRefs = Readonly<Partial<Record<WorkspaceAssetKind, readonly string[]>>>;

// A ref that is not a uuid names no row of a uuid-keyed table (and must not reach it as a parameter).
const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuids = (refs: readonly string[]) => refs.filter((ref) => uuidShape.test(ref));

type Finder = (db: Db, workspaceId: string, refs: readonly string[]) => Promise<string[]>;

function rowsById(table: 'messageTemplates' | 'richMenus'): Finder {
  return async (db, workspaceId, refs) => {
    const ids = uuids(refs);
    if (ids.length === 0) return [];
    const rows = await db
      .selectFrom(table)
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where('id', 'in', ids)
      .execute();
    return rows.map((row) => row.id);
  };
}

/** Rows by id that are not archived (an archived lottery, pool or segment can no longer be used). */
function liveRowsById(table: 'lotteries' | 'couponPools' | 'segments'): Finder {
  return async (db, workspaceId, refs) => {
    const ids = uuids(refs);
    if (ids.length === 0) return [];
    const rows = await db
      .selectFrom(table)
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where('id', 'in', ids)
      .where('archivedAt', 'is', null)
      .execute();
    return rows.map((row) => row.id);
  };
}

function rowsByKey(table: 'badges' | 'tierDefinitions'): Finder {
  return async (db, workspaceId, refs) => {
    const rows = await db
      .selectFrom(table)
      .select('key')
      .where('workspaceId', '=', workspaceId)
      .where('key', 'in', refs)
      .execute();
    return rows.map((row) => row.key);
  };
}

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
  lottery: liveRowsById('lotteries'),
  coupon_pool: liveRowsById('couponPools'),
  segment: liveRowsById('segments'),
  message_template: rowsById('messageTemplates'),
  rich_menu: rowsById('richMenus'),
  badge: rowsByKey('badges'),
  tier: rowsByKey('tierDefinitions'),
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
