import { z } from 'zod';
import { defineNodeType } from '../define';

const tagName = z.string().trim().min(1).max(100);

/** Adds or removes tags and sets profile attributes. */
export const tagNode = defineNodeType({
  type: 'core.tag',
  version: 1,
  kind: 'action',
  category: 'actions',
  title: { en: 'Tag & update profile', 'zh-TW': '貼標籤與更新資料', 'zh-CN': '打标签与更新资料' },
  description: {
    en: 'Add or remove tags and set attributes on the customer.',
    'zh-TW': '為顧客新增或移除標籤，並設定屬性。',
    'zh-CN': '为顾客添加或移除标签，并设置属性。',
  },
  config: z
    .object({
      add: z.array(tagName).default([]).describe('Tags to add'),
      remove: z.array(tagName).default([]).describe('Tags to remove'),
      setAttributes: z.record(z.string().min(1), z.union([z.string(), z.number(), z.boolean(), z.null()])).default({}),
    })
    .refine((config) => config.add.length + config.remove.length + Object.keys(config.setAttributes).length > 0, {
      message: 'Add a tag, remove a tag or set an attribute',
      path: ['add'],
    }),
  ports: [{ name: 'out' }],
  eventsRead: () => [],
});
