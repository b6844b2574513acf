import { z } from 'zod';
import { defineNodeType } from '../define';

/** Starts the journey when a tag is added to a customer (through the API or a journey step). */
export const tagTrigger = defineNodeType({
  type: 'core.trigger.tag',
  version: 1,
  kind: 'trigger',
  category: 'triggers',
  title: { en: 'When a tag is added', 'zh-TW': '新增標籤時', 'zh-CN': '添加标签时' },
  description: {
    en: 'Customers enter when the tag is added to their profile.',
    'zh-TW': '顧客被新增此標籤時進入旅程。',
    'zh-CN': '顾客被添加此标签时进入旅程。',
  },
  config: z.object({
    tag: z.string().trim().min(1).max(100).describe('Tag name, e.g. VIP'),
  }),
  ports: [{ name: 'out' }],
  trigger: (config) => ({ on: 'tag', tag: config.tag }),
});
