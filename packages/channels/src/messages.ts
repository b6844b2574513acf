import { z } from 'zod';
import { lineInteractionsShape } from './line-interactions.schema';

/** The channels Wayfarer can deliver on. `outbox` records messages for development. */
export const channelNames = ['line', 'email', 'sms', 'webhook', 'outbox'] as const;
export type ChannelName = (typeof channelNames)[number];

// A Flex container is LINE's own JSON document; the API validates its shape, we only require an object.
const flexContainer = z.record(z.string(), z.unknown());

export const lineMessageSchema = z.object({
  channel: z.literal('line'),
  /** The recipient's LINE user id (U followed by 32 hex digits). */
  to: z.string().regex(/^U[0-9a-f]{32}$/, 'a LINE user id is U followed by 32 hex digits'),
  content: z.discriminatedUnion('type', [
    z.object({ type: z.literal('text'), text: z.string().min(1).max(5000) }),
    z.object({ type: z.literal('flex'), altText: z.string().min(1).max(1500), contents: flexContainer }),
  ]),
  ...lineInteractionsShape,
});

export const emailMessageSchema = z.object({
  channel: z.literal('email'),
  to: z.email(),
  subject: z.string().min(1).max(998),
  html: z.string().min(1),
  text: z.string().min(1),
  /** One-click unsubscribe URL (RFC 8058); the caller signs it per customer. */
  unsubscribeUrl: z.url({ protocol: /^https?$/ }),
});

export const smsMessageSchema = z.object({
  channel: z.literal('sms'),
  /** E.164, e.g. +886912345678. */
  to: z.string().regex(/^\+[1-9]\d{6,14}$/, 'an E.164 phone number such as +886912345678'),
  body: z.string().min(1).max(1600),
});

export const webhookMessageSchema = z.object({
  channel: z.literal('webhook'),
  /** Sent as the JSON body. */
  payload: z.record(z.string(), z.unknown()),
});

export const outboxMessageSchema = z.object({
  channel: z.literal('outbox'),
  name: z.string().min(1),
  subject: z.string().optional(),
  body: z.string(),
});

export const channelMessageSchema = z.discriminatedUnion('channel', [
  lineMessageSchema,
  emailMessageSchema,
  smsMessageSchema,
  webhookMessageSchema,
  outboxMessageSchema,
]);

export type LineMessage = z.infer<typeof lineMessageSchema>;
export type EmailMessage = z.infer<typeof emailMessageSchema>;
export type SmsMessage = z.infer<typeof smsMessageSchema>;
export type WebhookMessage = z.infer<typeof webhookMessageSchema>;
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;
export type ChannelMessage = z.infer<typeof channelMessageSchema>;
/** The message type of one channel. */
export type MessageFor<C extends ChannelName> = Extract<ChannelMessage, { channel: C }>;
