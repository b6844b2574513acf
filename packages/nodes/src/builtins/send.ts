import { z } from 'zod';
import { defineNodeType } from '../define';

/** Sends a message written from a Liquid template. This only channel is the outbox. */
export const sendNode = defineNodeType({
  type: 'core.send',
  version: 1,
  kind: 'action',
  category: 'actions',
  title: { en: 'Send message', 'zh-TW': '發送訊息', 'zh-CN': '发送消息' },
  description: {
    en: 'Send a personal message written with a Liquid template, e.g. Hi {{ customer.name }}.',
    'zh-TW': '以 Liquid 範本發送個人化訊息，例如 Hi {{ customer.name }}。',
    'zh-CN': '用 Liquid 模板发送个性化消息，例如 Hi {{ customer.name }}。',
  },
  config: z.object({
    channel: z.enum(['outbox']).default('outbox'),
    name: z.string().trim().min(1).max(120).describe('Message name shown in reports'),
    subject: z.string().max(300).optional(),
    body: z.string().trim().min(1, 'Write the message').max(10_000).describe('Liquid template'),
  }),
  ports: [
    { name: 'sent', label: { en: 'Sent', 'zh-TW': '已發送', 'zh-CN': '已发送' } },
    { name: 'skipped', label: { en: 'Skipped', 'zh-TW': '略過', 'zh-CN': '跳过' }, required: false },
    { name: 'failed', label: { en: 'Failed', 'zh-TW': '失敗', 'zh-CN': '失败' }, required: false },
  ],
});
