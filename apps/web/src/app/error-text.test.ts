import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { errorText, fieldErrors } from './error-text';
import { exitReasonText } from './exit-reason';
import { issueText } from './issue-text';

function apiError(data: Record<string, unknown>, message = 'raw server text'): Error {
  return TRPCClientError.from({ error: { message, code: -32600, data } });
}

describe('errorText', () => {
  it('says a known reason in the asked language, never the server text', () => {
    const error = apiError({ code: 'UNAUTHORIZED', reason: 'invalid_credentials' });
    expect(errorText(error, 'en')).toContain('email and password');
    expect(errorText(error, 'zh-TW')).toContain('密碼');
    expect(errorText(error, 'en')).not.toContain('raw server text');
  });

  it('names refused fields when the screen can name them', () => {
    const error = apiError({
      code: 'BAD_REQUEST',
      reason: 'invalid_input',
      issues: [{ path: 'name', message: 'x', code: 'too_small', missing: true }],
    });
    expect(errorText(error, 'en', (path) => (path === 'name' ? 'Journey name' : undefined))).toBe(
      'Journey name: Required',
    );
    expect(fieldErrors(error, 'zh-TW')).toEqual({ name: '必填' });
  });

  it('falls back to what the code means, and to "could not reach" when nothing answered', () => {
    expect(errorText(apiError({ code: 'NOT_FOUND', reason: 'unheard_of' }), 'en')).not.toContain('raw');
    expect(errorText(new TypeError('Failed to fetch'), 'en')).not.toContain('Failed to fetch');
  });
});

describe('issueText', () => {
  it('words bounds by what is bounded', () => {
    expect(issueText({ code: 'too_small', origin: 'string', minimum: 10 }, 'en')).toBe('Use at least 10 characters');
    expect(issueText({ code: 'too_small', origin: 'number', minimum: 0, inclusive: false }, 'en')).toBe(
      'Use more than 0',
    );
    expect(issueText({ code: 'invalid_format', format: 'email' }, 'zh-CN')).toContain('电子邮件');
  });
});

describe('exitReasonText', () => {
  it('names the step instead of its id', () => {
    const name = (id: string) => (id === 'n1' ? 'Send coupon' : '?');
    expect(exitReasonText('step_failed:n1', name, 'en')).toContain('“Send coupon”');
    expect(exitReasonText('path_ended:n1:out', name, 'zh-TW')).toContain('「Send coupon」');
    expect(exitReasonText('erased', name, 'en')).toBe('Their personal data was erased');
  });
});
