import type { DeliveryFailed } from './types';

const detailLimit = 500;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > detailLimit ? `${flat.slice(0, detailLimit)}…` : flat;
}

/**
 * Milliseconds a Retry-After header asks for: delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * Classifies a non-2xx HTTP answer: 429, 5xx and 408 are worth retrying (honouring Retry-After);
 * any other 4xx (and an unexpected redirect) will fail the same way again, so it is final.
 */
export function classifyHttpFailure(status: number, headers: Headers, body: string): DeliveryFailed {
  const retryAfterMs = parseRetryAfter(headers.get('retry-after'));
  const base = { status: 'failed', providerStatus: status, detail: `HTTP ${status}: ${excerpt(body)}` } as const;
  const withDelay = retryAfterMs === undefined ? {} : { retryAfterMs };
  if (status === 429) return { ...base, retryable: true, code: 'rate_limited', ...withDelay };
  if (status >= 500) return { ...base, retryable: true, code: 'provider_unavailable', ...withDelay };
  if (status === 408) return { ...base, retryable: true, code: 'timeout', ...withDelay };
  if (status === 401 || status === 403) return { ...base, retryable: false, code: 'unauthorized' };
  return { ...base, retryable: false, code: 'rejected' };
}

/** A failed call that never got an answer: timed out, cancelled by the caller, or a network error. */
export function classifyNoAnswer(error: unknown, outcome: 'timeout' | 'aborted' | 'network'): DeliveryFailed {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
  switch (outcome) {
    case 'timeout':
      return { status: 'failed', retryable: true, code: 'timeout', detail: `No answer in time: ${message}` };
    case 'aborted':
      return { status: 'failed', retryable: true, code: 'aborted', detail: `Cancelled: ${message}` };
    case 'network':
      return { status: 'failed', retryable: true, code: 'network_error', detail: `${message}${cause}` };
    default: {
      const unreachable: never = outcome;
      return unreachable;
    }
  }
}
