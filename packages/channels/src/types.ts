import type { ChannelMessage, ChannelName, MessageFor } from './channel-registry';

export type { ChannelName } from './channel-registry';

/** The provider accepted the message; its id is what receipts and webhooks will name. */
export interface DeliverySent {
  status: 'sent';
  providerMessageId: string;
}

/** Stable reasons a delivery failed; `retryable` says whether the same call may succeed later. */
export type DeliveryFailureCode =
  | 'invalid_message'
  | 'channel_mismatch'
  | 'rejected'
  | 'unauthorized'
  /** The SMTP server requires TLS and the configured mode does not use it. */
  | 'tls_required'
  /** TLS was required and could not be set up (no STARTTLS, untrusted certificate, handshake). */
  | 'tls_failed'
  | 'rate_limited'
  | 'provider_unavailable'
  | 'timeout'
  /** No connection or no answer on it: unknown host, closed port, reset (not told apart). */
  | 'unreachable'
  /** The endpoint is an address the outbound policy refuses (loopback, private, metadata, …). */
  | 'address_refused'
  | 'aborted'
  | 'unknown_outcome';

export interface DeliveryFailed {
  status: 'failed';
  retryable: boolean;
  code: DeliveryFailureCode;
  /** A classified reason (`http_404`, `http_5xx`, `unreachable`, `smtp_550`, …), never the remote's words. */
  detail: string;
  /** The provider's HTTP (or SMTP reply) status, when it answered. */
  providerStatus?: number;
  /** How long the provider asked us to wait (Retry-After) before trying again. */
  retryAfterMs?: number;
}

/** What one send attempt came to: a value, never a thrown provider error. */
export type DeliveryResult = DeliverySent | DeliveryFailed;

export interface SendOptions {
  /**
   * Unique per logical message (the step visit's key). Providers that support it dedupe on it
   * (LINE's X-Line-Retry-Key, the webhook's Idempotency-Key); email derives its Message-ID from it.
   */
  idempotencyKey: string;
  /** Cancels the attempt; it then fails as `aborted` (retryable). */
  signal?: AbortSignal;
}

/**
 * Sends messages on one channel with one workspace's credentials. Every adapter validates the
 * message at run time, so a `ChannelAdapter` (all channels) answers `channel_mismatch` or
 * `invalid_message` instead of calling the provider with something it cannot send.
 */
export interface ChannelAdapter<C extends string = ChannelName> {
  readonly channel: C;
  send(message: MessageFor<C>, options: SendOptions): Promise<DeliveryResult>;
  /**
   * One message to many recipients in one request (LINE multicast), where the provider has it:
   * `message` is the rendered message without an address, `to` the recipients' addresses (at most
   * {@link MULTICAST_LIMIT}). The key dedupes a retried request as in `send`.
   */
  readonly multicast?: (message: unknown, to: readonly string[], options: SendOptions) => Promise<DeliveryResult>;
}

/** Recipients per bulk request: LINE's multicast takes at most 500 user ids. */
export const MULTICAST_LIMIT = 500;

export type { ChannelMessage };
