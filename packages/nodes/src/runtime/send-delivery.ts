// The contract between the send node's runtime facet (which writes the message) and the worker
// (which applies the sending policy and calls the provider). Types only.
import type { RenderedMessage } from '@wayfarer/channels/spec';

/** What the send step wrote on a provider channel; the delivery adds the recipient's address. */
export type { RenderedMessage };

export interface DeliveryRequest {
  /** Message name shown in reports. */
  name: string;
  message: RenderedMessage;
  /** The customer locale whose wording was used. */
  locale: string;
  /** Smart sending: skip when this template reached the customer within this many hours. */
  smartSendingHours?: number;
  /** The step's clock (workflow time): quiet hours are read on it. */
  now: Date;
}

/**
 * Why a message was not sent (recorded on the message row). `outside_window`: the channel takes
 * messages only within hours of the customer's last message (Messenger 24 h, WeChat 48 h).
 */
export type SkipReason =
  'unsubscribed' | 'no_address' | 'frequency_capped' | 'smart_sending' | 'channel_not_connected' | 'outside_window';

/**
 * What became of a delivery. Retryable provider failures are not outcomes: the worker throws them
 * so the activity is retried. `unknown`: an earlier attempt may have reached a provider that cannot
 * deduplicate, so it was not repeated.
 */
export type DeliveryOutcome =
  | { status: 'sent'; messageId: string; providerMessageId: string }
  | { status: 'unknown'; messageId: string }
  | { status: 'skipped'; messageId: string; reason: SkipReason }
  | { status: 'failed'; messageId: string; code: string; detail: string }
  | { status: 'deferred'; untilMs: number; reason: 'quiet_hours' };
