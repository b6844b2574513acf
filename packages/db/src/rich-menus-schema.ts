import type { ColumnType, Generated, Selectable } from 'kysely';

// Tables of migration 0044-rich-menus; merged into `Database` in schema.ts.

type Json<T> = ColumnType<T, string, string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

export interface RichMenuImagesTable {
  id: Generated<string>;
  workspaceId: string;
  contentType: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
  data: Buffer;
  createdAt: CreatedAt;
}

/** A tap area as stored: a `RichMenuArea` of @wayfarer/channels (validated by the API). */
export interface StoredRichMenuArea {
  bounds: { x: number; y: number; width: number; height: number };
  action: Record<string, unknown> & { type: string };
}

export interface RichMenusTable {
  id: Generated<string>;
  workspaceId: string;
  name: string;
  chatBarText: string;
  size: 'full' | 'half';
  layout: string;
  areas: Json<StoredRichMenuArea[]>;
  imageId: string;
  /** The menu's id on LINE (`richmenu-…`). */
  lineRichMenuId: string;
  isDefault: Generated<boolean>;
  createdAt: CreatedAt;
}

/** One line of a workspace's rich menu rule: customers of this tier or segment get this menu. */
export type RichMenuRule =
  { kind: 'tier'; tierKey: string; richMenuId: string } | { kind: 'segment'; segmentId: string; richMenuId: string };

export interface RichMenuRulesTable {
  workspaceId: string;
  /** In order: the first that holds for a customer picks their menu; none: the default. */
  rules: Json<RichMenuRule[]>;
  updatedAt: UpdatedAt;
}

export interface CustomerRichMenusTable {
  customerId: string;
  workspaceId: string;
  /** Null: the default menu (nothing of their own linked on LINE). */
  richMenuId: string | null;
  /** Who linked it: the workspace's rule or a journey's Switch rich menu step. */
  source: 'rule' | 'step';
  updatedAt: UpdatedAt;
}

export interface RichMenuTables {
  richMenuImages: RichMenuImagesTable;
  richMenus: RichMenusTable;
  richMenuRules: RichMenuRulesTable;
  customerRichMenus: CustomerRichMenusTable;
}

export type RichMenuRow = Selectable<RichMenusTable>;
