import { startDeadline } from './deadline';
import { classifyHttpFailure, classifyNoAnswer } from './failures';
import type { OutboundPolicy } from './outbound/address-policy';
import { withOutboundPolicy } from './outbound/http-dispatcher';
import type { DeliveryResult } from './types';

export interface HttpAttempt {
  url: string;
  init: Omit<RequestInit, 'signal' | 'redirect'>;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Which addresses the call may connect to (checked when the socket opens). */
  policy: OutboundPolicy;
  /** Turns a 2xx answer into the result (e.g. reads the provider's message id). */
  accept(response: Response): Promise<DeliveryResult>;
}

/**
 * One HTTP call with a deadline under the outbound policy, classified into a DeliveryResult: 2xx
 * goes to `accept`, anything else (including a redirect, which a provider API should never send)
 * to `classifyHttpFailure`; the answer's body is never read into the result.
 */
export async function attemptHttp(attempt: HttpAttempt): Promise<DeliveryResult> {
  const deadline = startDeadline(attempt.timeoutMs, attempt.signal);
  try {
    const init = { ...attempt.init, signal: deadline.signal, redirect: 'manual' } as const;
    const response = await withOutboundPolicy(attempt.policy, () => fetch(attempt.url, init));
    if (response.ok) return await attempt.accept(response);
    await response.body?.cancel();
    return classifyHttpFailure(response.status, response.headers);
  } catch (error) {
    return classifyNoAnswer(error, deadline.reason() ?? 'network');
  } finally {
    deadline.dispose();
  }
}
