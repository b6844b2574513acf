import { z } from 'zod';
import { defineChannel } from '../define-channel';

export const outboxConfigSchema = z.object({ channel: z.literal('outbox') });

export const outboxMessageSchema = z.object({
  channel: z.literal('outbox'),
  name: z.string().min(1),
  subject: z.string().optional(),
  body: z.string(),
});

export type OutboxConfig = z.infer<typeof outboxConfigSchema>;
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

/**
 * The test mailbox: messages are recorded (the `messages` table), not delivered, and need no
 * credentials, consent or policy. New workspaces and templates start on it.
 */
export const outboxChannel = defineChannel({
  name: 'outbox',
  label: { en: 'Test mailbox (development)', 'zh-TW': '測試信箱（開發用）', 'zh-CN': '测试信箱（开发用）' },
  delivery: 'recorded',
  config: outboxConfigSchema,
  secretFields: [],
  message: outboxMessageSchema,
  address: null,
  dedupes: true,
  wording: { body: 'text', fields: ['subject'], personal: true },
  async render(wording, tools): Promise<OutboxMessage> {
    const body = await tools.text('body', wording.body);
    if (wording.subject === undefined) return { channel: 'outbox', name: tools.name, body };
    return { channel: 'outbox', name: tools.name, body, subject: await tools.text('subject', wording.subject) };
  },
  toMessage: (rendered) => rendered,
  summary: (rendered) => ({ subject: rendered.subject ?? null, body: rendered.body }),
  preview: ({ subject, body }) =>
    subject === undefined ? { look: 'email', text: body } : { look: 'email', subject, text: body },
  endpoint: () => undefined,
  settings: { title: { en: 'Test mailbox', 'zh-TW': '測試信箱', 'zh-CN': '测试信箱' }, fields: [] },
  policy: { consent: false, frequencyCap: false },
});

/** True for a message of the test mailbox (recorded, never delivered). */
export function isOutboxMessage(message: { channel: string }): message is OutboxMessage {
  return message.channel === outboxChannel.name;
}
