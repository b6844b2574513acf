import { describe, expect, it } from 'vitest';
import { readCookie, sessionCookie, SESSION_COOKIE } from './cookies';

describe('session cookie', () => {
  it('reads the named cookie among others', () => {
    expect(readCookie(`a=1; ${SESSION_COOKIE}=abc-_1; b=2`, SESSION_COOKIE)).toBe('abc-_1');
    expect(readCookie('a=1', SESSION_COOKIE)).toBeUndefined();
    expect(readCookie(undefined, SESSION_COOKIE)).toBeUndefined();
    expect(readCookie(`${SESSION_COOKIE}=%E0%A4%A`, SESSION_COOKIE)).toBeUndefined();
  });

  it('is HTTP-only and SameSite=Lax, Secure when asked, and cleared with an expiry in the past', () => {
    const expires = new Date('2030-01-02T03:04:05Z');
    expect(sessionCookie('tok', { expires, secure: false })).toBe(
      `${SESSION_COOKIE}=tok; Path=/; HttpOnly; SameSite=Lax; Expires=Wed, 02 Jan 2030 03:04:05 GMT`,
    );
    expect(sessionCookie('tok', { expires, secure: true })).toMatch(/; Secure$/);
    expect(sessionCookie('', { expires: undefined, secure: false })).toContain('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  });
});
