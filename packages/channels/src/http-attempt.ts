import { startDeadline } from './deadline';
import { classifyHttpFailure, classifyNoAnswer } from './failures';
import type { DeliveryResult } from './types';

export interface HttpAttempt {
  url: string;
  init: Omit<RequestInit, 'signal' | 'redirect'>;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Turns a 2xx answer into the result (e.g. reads the provider's message id). */
  accept(response: Response): Promise<DeliveryResult>;
}

/**
 * One HTTP call with a deadline, classified into a DeliveryResult: 2xx goes to `accept`, anything
 * else (including a redirect, which a provider API should never send) to `classifyHttpFailure`.
 */
export async function attemptHttp(attempt: HttpAttempt): Promise<DeliveryResult> {
  const deadline = startDeadline(attempt.timeoutMs, attempt.signal);
  try {
    const response = await fetch(attempt.url, { ...attempt.init, signal: deadline.signal, redirect: 'manual' });
    if (response.ok) return await attempt.accept(response);
    return classifyHttpFailure(response.status, response.headers, await response.text());
  } catch (error) {
    return classifyNoAnswer(error, deadline.reason() ?? 'network');
  } finally {
    deadline.dispose();
  }
}
