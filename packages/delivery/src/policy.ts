import type { SkipReason } from '@wayfarer/nodes/runtime';
import type { FrequencyCap } from './settings';

/** What the policy looks at, gathered from the database under the customer's channel lock. */
export interface PolicyFacts {
  /** The customer's answer about the channel; undefined when never asked. */
  consent: 'subscribed' | 'unsubscribed' | undefined;
  /** Whether the channel needs an address and the customer has one. */
  hasAddress: boolean;
  /** The channel's reply window has closed (or never opened) and the message is not exempt from it. */
  outsideWindow: boolean;
  /** Messages on this channel within the cap's window. */
  sentInWindow: number;
  cap: FrequencyCap | null;
  /** Smart sending: this template reached the customer within the step's hours. */
  templateSentRecently: boolean;
  /** Milliseconds until the quiet hours end on the customer's clock (0 outside them). */
  quietDelayMs: number;
}

export type PolicyDecision =
  { kind: 'send' } | { kind: 'skip'; reason: SkipReason } | { kind: 'defer'; delayMs: number; reason: 'quiet_hours' };

/**
 * Whether to send now, skip (and why) or wait. Order matters: a customer who said no is never
 * messaged, whatever the time; caps are checked before waiting so a deferred send is checked again
 * when it wakes.
 */
export function decidePolicy(facts: PolicyFacts): PolicyDecision {
  if (facts.consent === 'unsubscribed') return { kind: 'skip', reason: 'unsubscribed' };
  if (!facts.hasAddress) return { kind: 'skip', reason: 'no_address' };
  if (facts.outsideWindow) return { kind: 'skip', reason: 'outside_window' };
  if (facts.templateSentRecently) return { kind: 'skip', reason: 'smart_sending' };
  if (facts.cap !== null && facts.sentInWindow >= facts.cap.limit) return { kind: 'skip', reason: 'frequency_capped' };
  if (facts.quietDelayMs > 0) return { kind: 'defer', delayMs: facts.quietDelayMs, reason: 'quiet_hours' };
  return { kind: 'send' };
}
