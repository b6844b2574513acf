import { OutboundAddressRefused } from './outbound/host-check';
import type { DeliveryFailed } from './types';

// A failure is recorded as a classified reason (`http_404`, `http_5xx`, `unreachable`, `timeout`,
// `tls_failed`, `address_refused`), never the remote's answer body or socket error text: the
// workspace sees the detail, and a remote's words (or "connection refused" versus "timed out")
// would let a workspace probe what answers where.

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

/** `http_404`; every 5xx is `http_5xx`. */
function httpDetail(status: number): string {
  return status >= 500 ? 'http_5xx' : `http_${status}`;
}

/**
 * Classifies a non-2xx HTTP answer: 429, 5xx and 408 are worth retrying (honouring Retry-After);
 * any other 4xx (and an unexpected redirect) will fail the same way again, so it is final.
 */
export function classifyHttpFailure(status: number, headers: Headers): DeliveryFailed {
  const retryAfterMs = parseRetryAfter(headers.get('retry-after'));
  const base = { status: 'failed', providerStatus: status, detail: httpDetail(status) } as const;
  const withDelay = retryAfterMs === undefined ? {} : { retryAfterMs };
  if (status === 429) return { ...base, retryable: true, code: 'rate_limited', ...withDelay };
  if (status >= 500) return { ...base, retryable: true, code: 'provider_unavailable', ...withDelay };
  if (status === 408) return { ...base, retryable: true, code: 'timeout', ...withDelay };
  if (status === 401 || status === 403) return { ...base, retryable: false, code: 'unauthorized' };
  return { ...base, retryable: false, code: 'rejected' };
}

/** The errors a failure wraps, outermost first (fetch's TypeError carries the socket's as `cause`). */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current !== undefined && chain.length < 5;) {
    chain.push(current);
    current = current instanceof Error ? current.cause : undefined;
  }
  return chain;
}

const tlsCode = /^(ERR_TLS_|ERR_SSL_|CERT_|DEPTH_ZERO_|SELF_SIGNED_|UNABLE_TO_(GET|VERIFY)_)/;

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * A connection that never got an answer: refused by the outbound policy (final), a certificate or
 * TLS handshake that failed (final: it fails the same way again), or anything else on the way
 * (`unreachable`, retryable — a closed port, a reset and an unknown host all look alike here).
 */
export function classifyConnectionFailure(error: unknown): DeliveryFailed {
  const chain = causes(error);
  if (chain.some((cause) => cause instanceof OutboundAddressRefused || codeOf(cause) === 'EOUTBOUNDREFUSED')) {
    return { status: 'failed', retryable: false, code: 'address_refused', detail: 'address_refused' };
  }
  if (chain.some((cause) => tlsCode.test(codeOf(cause)))) {
    return { status: 'failed', retryable: false, code: 'tls_failed', detail: 'tls_failed' };
  }
  return { status: 'failed', retryable: true, code: 'unreachable', detail: 'unreachable' };
}

/** A failed call that never got an answer: timed out, cancelled by the caller, or a connection failure. */
export function classifyNoAnswer(error: unknown, outcome: 'timeout' | 'aborted' | 'network'): DeliveryFailed {
  switch (outcome) {
    case 'timeout':
      return { status: 'failed', retryable: true, code: 'timeout', detail: 'timeout' };
    case 'aborted':
      return { status: 'failed', retryable: true, code: 'aborted', detail: 'aborted' };
    case 'network':
      return classifyConnectionFailure(error);
    default: {
      const unreachable: never = outcome;
      return unreachable;
    }
  }
}
