/**
 * Things of a workspace a node config can name: the channel it sends on, and the lotteries,
 * badges, coupon pools, segments, tiers, message templates and LINE rich menus it uses. A journey compiles without
 * knowing the workspace (the compiler is pure); publishing checks these against what exists.
 */
export const assetKinds = [
  'channel',
  'lottery',
  'badge',
  'coupon_pool',
  'segment',
  'tier',
  'message_template',
  'rich_menu',
] as const;
export type AssetKind = (typeof assetKinds)[number];

/** A config field that names an asset: `ref` is its id or key, `path` the dotted field (`lotteryId`). */
export interface AssetReference {
  kind: AssetKind;
  ref: string;
  path: string;
}

/** Something that may go wrong for some customers, found in a config (e.g. an attribute they lack). */
export interface ConfigWarning {
  code: 'attribute_may_be_missing';
  path: string;
  message: string;
  /** Values a UI shows in its own words (e.g. `{ attribute: 'name' }`). */
  params: Readonly<Record<string, string>>;
}

/**
 * What a workspace has, as publishing sees it: per kind, the refs that exist and are usable; and
 * refs that exist only for testing (the test mailbox), which publish with a warning.
 */
export interface WorkspaceAssets {
  existing: Readonly<Partial<Record<AssetKind, readonly string[]>>>;
  testOnly?: Readonly<Partial<Record<AssetKind, readonly string[]>>>;
}
