import { z } from 'zod';
import { ChannelConfigError } from './errors';

// Per-channel credentials and endpoints. Base URLs are configurable so tests (and regional or
// self-hosted gateways) can point the real SDKs elsewhere. This whole object is what gets sealed.

const timeoutMs = z.number().int().min(100).max(120_000).default(10_000);
const httpUrl = z.url({ protocol: /^https?$/ });

export const lineConfigSchema = z.object({
  channel: z.literal('line'),
  channelAccessToken: z.string().min(1),
  baseUrl: httpUrl.default('https://api.line.me'),
  timeoutMs,
});

/**
 * The LINE webhook's side of a channel: the channel id LINE shows in its console (digits) and the
 * channel secret that signs `x-line-signature`. Sealed apart from the push config (see
 * line-webhook-secret.ts) because the webhook looks its channel up by this id.
 */
export const lineWebhookCredentialsSchema = z.object({
  channelId: z.string().regex(/^\d{1,20}$/, 'A LINE channel id is digits, e.g. 1657000000.'),
  channelSecret: z.string().min(1),
});

/** How SMTP is secured; see emailTlsOptions in email.adapter.ts for nodemailer's mapping. */
export const emailTlsModeSchema = z.enum(['starttls', 'tls', 'none']);
export type EmailTlsMode = z.infer<typeof emailTlsModeSchema>;

/** The port each mode usually runs on: submission (587), submissions (465), a local relay (25). */
export const defaultSmtpPorts = { starttls: 587, tls: 465, none: 25 } as const satisfies Record<EmailTlsMode, number>;

export const emailConfigSchema = z.object({
  channel: z.literal('email'),
  host: z.string().min(1),
  /** Left out: the mode's usual port (defaultSmtpPorts). */
  port: z.number().int().min(1).max(65_535).optional(),
  /** `starttls`: the upgrade is required; `tls`: TLS from the first byte; `none`: plain, local development only. */
  security: emailTlsModeSchema.default('starttls'),
  /** Accept a self-signed server certificate. Development only: it gives up knowing who the server is. */
  allowSelfSigned: z.boolean().optional(),
  auth: z.object({ user: z.string().min(1), pass: z.string().min(1) }).optional(),
  /** The From header, e.g. `Shop <news@shop.example>`. */
  from: z.string().min(3),
  /** The domain after the @ in generated Message-IDs; defaults to the From address's domain. */
  messageIdDomain: z.string().min(1).optional(),
  timeoutMs,
});

export const smsConfigSchema = z.object({
  channel: z.literal('sms'),
  accountSid: z.string().min(1),
  authToken: z.string().min(1),
  /** A sender number in E.164, or a messaging service sid (MG…). */
  from: z.string().min(1),
  baseUrl: httpUrl.default('https://api.twilio.com'),
  timeoutMs,
});

export const webhookConfigSchema = z.object({
  channel: z.literal('webhook'),
  url: httpUrl,
  /** HMAC-SHA256 key the receiver verifies `Wayfarer-Signature` with. */
  signingSecret: z.string().min(16),
  timeoutMs,
});

export const outboxConfigSchema = z.object({ channel: z.literal('outbox') });

export const channelConfigSchema = z.discriminatedUnion('channel', [
  lineConfigSchema,
  emailConfigSchema,
  smsConfigSchema,
  webhookConfigSchema,
  outboxConfigSchema,
]);

export type LineConfig = z.infer<typeof lineConfigSchema>;
export type LineWebhookCredentials = z.infer<typeof lineWebhookCredentialsSchema>;
export type EmailConfig = z.infer<typeof emailConfigSchema>;
export type SmsConfig = z.infer<typeof smsConfigSchema>;
export type WebhookConfig = z.infer<typeof webhookConfigSchema>;
export type OutboxConfig = z.infer<typeof outboxConfigSchema>;
/** A validated channel config (defaults applied). */
export type ChannelConfig = z.infer<typeof channelConfigSchema>;
/** A channel config as written by a user or stored (defaults optional). */
export type ChannelConfigInput = z.input<typeof channelConfigSchema>;

/** Which fields of each channel's config are secrets (never returned by the API in clear). */
export const secretFields = {
  line: ['channelAccessToken'],
  email: ['auth.pass'],
  sms: ['authToken'],
  webhook: ['signingSecret'],
  outbox: [],
} as const satisfies Record<ChannelConfig['channel'], readonly string[]>;

/**
 * Validates a channel config (applying defaults). Throws ChannelConfigError naming the bad fields —
 * never their values, which may be secrets.
 */
export function parseChannelConfig(input: unknown): ChannelConfig {
  const parsed = channelConfigSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new ChannelConfigError(`Invalid channel config: ${fields.join('; ')}`);
}
