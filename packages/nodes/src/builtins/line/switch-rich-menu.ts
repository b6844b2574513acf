import { z } from 'zod';
import { defineNodeType } from '../../define';

/** The config value that means "the workspace's default menu" (the customer's own is unlinked). */
export const DEFAULT_RICH_MENU = 'default';

export const switchRichMenuConfigSchema = z.object({
  // A string (not a union), so the editor shows one picker: `default` or a menu's id.
  richMenuId: z
    .string()
    .regex(
      /^(default|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i,
      'Choose a rich menu, or the default one',
    )
    .describe('The rich menu the customer sees from now on, or default'),
});
export type SwitchRichMenuConfig = z.infer<typeof switchRichMenuConfigSchema>;

/**
 * Gives the customer one of the workspace's LINE rich menus (the menu under the chat), or puts them
 * back on the default one. A customer without a LINE user id follows `skipped` with the reason.
 */
export const switchRichMenuNode = defineNodeType({
  type: 'core.line.rich-menu',
  version: 1,
  kind: 'action',
  category: 'actions',
  title: { en: 'Switch rich menu', 'zh-TW': '切換圖文選單', 'zh-CN': '切换图文菜单' },
  description: {
    en: 'Show the customer another LINE rich menu (the menu under the chat), or the default one again.',
    'zh-TW': '讓顧客在 LINE 聊天室下方看到另一個圖文選單，或回到預設選單。',
    'zh-CN': '让顾客在 LINE 聊天室下方看到另一个图文菜单，或回到默认菜单。',
  },
  config: switchRichMenuConfigSchema,
  ports: [
    { name: 'out', label: { en: 'Switched', 'zh-TW': '已切換', 'zh-CN': '已切换' } },
    {
      name: 'skipped',
      label: { en: 'Skipped', 'zh-TW': '略過', 'zh-CN': '跳过' },
      required: false,
      fallback: 'out',
    },
  ],
  references: (config) =>
    config.richMenuId === DEFAULT_RICH_MENU ? [] : [{ kind: 'rich_menu', ref: config.richMenuId, path: 'richMenuId' }],
  outputs: [
    { key: 'status', label: { en: 'Outcome', 'zh-TW': '結果', 'zh-CN': '结果' }, sample: 'linked' },
    {
      key: 'reason',
      label: { en: 'Reason skipped', 'zh-TW': '略過原因', 'zh-CN': '跳过原因' },
      sample: 'no_line_user_id',
    },
  ],
  eventsRead: () => [],
});
