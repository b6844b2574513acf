import type { IdentityKindOfAddress } from './define-channel';

// A channel's webhook: the provider calls Wayfarer at `/v1/webhooks/<channel>/<workspace id>`. The
// server finds the workspace's channel config, hands the request here, answers with what this
// returns and stores the events (customer by identity, consent, routing) — one way for every channel.
// A handler is a pure function of the request and the config: it verifies, parses and maps.

/** The request as the provider sent it: the raw body, for signatures over the exact bytes. */
export interface WebhookRequest {
  method: 'GET' | 'POST';
  /** Query parameters (the last of a repeated one). */
  query: Readonly<Record<string, string>>;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string | undefined>>;
  body: Buffer;
}

/** One customer event a webhook delivery carries. */
export interface InboundEvent {
  /** The customer, by the channel's identity (the Messenger PSID, the WeChat OpenID). */
  identity: { kind: IdentityKindOfAddress; value: string };
  /** Unique per provider event and kept on redelivery, so a redelivery stores once. */
  messageId: string;
  name: string;
  properties: Record<string, unknown>;
  timestamp: Date;
  /** The customer's answer about the channel the event gives (following, unsubscribing). */
  consent?: 'subscribed' | 'unsubscribed';
}

/** What to answer the provider, and the events to store (none unless the request was verified). */
export interface WebhookOutcome {
  status: number;
  /** A JSON body, or text sent as is (`contentType`). */
  body: Record<string, unknown> | string;
  contentType?: string;
  events: InboundEvent[];
}

/** A channel's webhook handler: verifies the request with the workspace's config and maps its events. */
export interface ChannelWebhook<Config> {
  handle(request: WebhookRequest, config: Config): WebhookOutcome;
}

/** An answer with nothing to store: a refusal (`error`, `message`) or an acknowledgement. */
export function webhookAnswer(status: number, body: WebhookOutcome['body'], contentType?: string): WebhookOutcome {
  return { status, body, ...(contentType === undefined ? {} : { contentType }), events: [] };
}
