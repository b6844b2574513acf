import { describe, expect, it } from 'vitest';
import { classifyHttpFailure, classifyNoAnswer, parseRetryAfter } from './failures';

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
    expect(classifyHttpFailure(503, headers(), 'down')).toMatchObject({
      retryable: true,
      code: 'provider_unavailable',
      providerStatus: 503,
    });
    expect(classifyHttpFailure(503, headers(), 'down')).not.toHaveProperty('retryAfterMs');
    expect(classifyHttpFailure(429, headers({ 'retry-after': '3' }), '')).toMatchObject({
      retryable: true,
      code: 'rate_limited',
      retryAfterMs: 3000,
    });
    expect(classifyHttpFailure(408, headers(), '')).toMatchObject({ retryable: true, code: 'timeout' });
  });

  it('does not retry other 4xx, nor redirects', () => {
    expect(classifyHttpFailure(400, headers(), '{"message":"bad"}')).toMatchObject({
      retryable: false,
      code: 'rejected',
      detail: 'HTTP 400: {"message":"bad"}',
    });
    expect(classifyHttpFailure(401, headers(), '')).toMatchObject({ retryable: false, code: 'unauthorized' });
    expect(classifyHttpFailure(302, headers(), '')).toMatchObject({ retryable: false, code: 'rejected' });
  });

  it('keeps the detail short', () => {
    expect(classifyHttpFailure(400, headers(), 'x'.repeat(5000)).detail.length).toBeLessThan(600);
  });
});

describe('classifyNoAnswer', () => {
  it('treats timeouts, cancellations and network errors as retryable', () => {
    const error = new TypeError('fetch failed', { cause: new Error('ECONNREFUSED') });
    expect(classifyNoAnswer(error, 'network')).toEqual({
      status: 'failed',
      retryable: true,
      code: 'network_error',
      detail: 'fetch failed (ECONNREFUSED)',
    });
    expect(classifyNoAnswer(error, 'timeout')).toMatchObject({ retryable: true, code: 'timeout' });
    expect(classifyNoAnswer(error, 'aborted')).toMatchObject({ retryable: true, code: 'aborted' });
  });
});
