import { describe, expect, it } from 'vitest';
import { classifyHttpFailure, classifyNoAnswer, parseRetryAfter } from './failures';
import { OutboundAddressRefused } from './outbound/host-check';

const headers = (entries: Record<string, string> = {}) => new Headers(entries);

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
  });
  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('')).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('classifyHttpFailure', () => {
  it('retries 5xx and 429, with the Retry-After delay when given', () => {
    expect(classifyHttpFailure(503, headers())).toMatchObject({
      retryable: true,
      code: 'provider_unavailable',
      providerStatus: 503,
    });
    expect(classifyHttpFailure(503, headers())).not.toHaveProperty('retryAfterMs');
    expect(classifyHttpFailure(429, headers({ 'retry-after': '3' }))).toMatchObject({
      retryable: true,
      code: 'rate_limited',
      retryAfterMs: 3000,
    });
    expect(classifyHttpFailure(408, headers())).toMatchObject({ retryable: true, code: 'timeout' });
  });

  it('does not retry other 4xx, nor redirects', () => {
    expect(classifyHttpFailure(400, headers())).toMatchObject({
      retryable: false,
      code: 'rejected',
      detail: 'http_400',
    });
    expect(classifyHttpFailure(401, headers())).toMatchObject({ retryable: false, code: 'unauthorized' });
    expect(classifyHttpFailure(302, headers())).toMatchObject({ retryable: false, code: 'rejected' });
  });

  it('records the status class, never the answer', () => {
    expect(classifyHttpFailure(404, headers()).detail).toBe('http_404');
    expect(classifyHttpFailure(502, headers()).detail).toBe('http_5xx');
    expect(classifyHttpFailure(503, headers()).detail).toBe('http_5xx');
  });
});

function socketError(code: string, message: string): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });
}

describe('classifyNoAnswer', () => {
  it('treats timeouts, cancellations and connection failures as retryable, in words of our own', () => {
    const error = socketError('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.7:5432');
    expect(classifyNoAnswer(error, 'network')).toEqual({
      status: 'failed',
      retryable: true,
      code: 'unreachable',
      detail: 'unreachable',
    });
    expect(classifyNoAnswer(error, 'timeout')).toEqual({
      status: 'failed',
      retryable: true,
      code: 'timeout',
      detail: 'timeout',
    });
    expect(classifyNoAnswer(error, 'aborted')).toMatchObject({ retryable: true, code: 'aborted' });
  });

  it('does not tell a closed port from an unknown host or a reset', () => {
    const outcomes = ['ECONNREFUSED', 'ENOTFOUND', 'ECONNRESET', 'EHOSTUNREACH'].map((code) =>
      classifyNoAnswer(socketError(code, `${code} somewhere`), 'network'),
    );
    expect(new Set(outcomes.map((outcome) => JSON.stringify(outcome))).size).toBe(1);
  });

  it('makes a refused address and a failed certificate final', () => {
    const refused = new TypeError('fetch failed', { cause: new OutboundAddressRefused('loopback') });
    expect(classifyNoAnswer(refused, 'network')).toEqual({
      status: 'failed',
      retryable: false,
      code: 'address_refused',
      detail: 'address_refused',
    });
    expect(classifyNoAnswer(socketError('DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed'), 'network')).toMatchObject({
      retryable: false,
      code: 'tls_failed',
      detail: 'tls_failed',
    });
  });
});
