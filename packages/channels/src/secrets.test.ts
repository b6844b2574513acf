import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox, isSealed, loadSecretKey, redact, SealedValueError, SecretKeyError } from './secrets';

const key = randomBytes(32);
const box = createSecretBox(key);

// Changes the first character of one envelope part: it carries the top six bits of the first byte
// (a last character may be only padding bits).
function tamper(sealed: string, part: number): string {
  const parts = sealed.split(':');
  const target = parts[part] ?? '';
  parts[part] = `${target.startsWith('A') ? 'Q' : 'A'}${target.slice(1)}`;
  return parts.join(':');
}

describe('loadSecretKey', () => {
  it('reads 32 bytes of base64 from WAYFARER_SECRET_KEY', () => {
    expect(loadSecretKey({ WAYFARER_SECRET_KEY: key.toString('base64') }).equals(key)).toBe(true);
  });

  it('names the variable when it is missing', () => {
    expect(() => loadSecretKey({})).toThrow(/WAYFARER_SECRET_KEY is not set/);
    expect(() => loadSecretKey({ WAYFARER_SECRET_KEY: '  ' })).toThrow(
      expect.objectContaining({ code: 'secret_key_missing' }),
    );
  });

  it('names the variable when it is not 32 bytes of base64', () => {
    for (const value of [
      'short',
      randomBytes(16).toString('base64'),
      'not base64 at all!!',
      `${key.toString('hex')}`,
    ]) {
      let caught: unknown;
      try {
        loadSecretKey({ WAYFARER_SECRET_KEY: value });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(SecretKeyError);
      expect(caught).toMatchObject({
        code: 'secret_key_invalid',
        message: expect.stringMatching(/WAYFARER_SECRET_KEY/),
      });
    }
  });
});

describe('SecretBox', () => {
  it('round-trips, and each seal is different (fresh iv)', () => {
    const secret = 'line-token-éß-🔑';
    const first = box.seal(secret, 'ws:line');
    const second = box.seal(secret, 'ws:line');
    expect(first).toMatch(/^v1:[\w-]+:[\w-]+:[\w-]+$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('line-token');
    expect(box.open(first, 'ws:line')).toBe(secret);
    expect(box.open(second, 'ws:line')).toBe(secret);
    expect(isSealed(first)).toBe(true);
    expect(isSealed(secret)).toBe(false);
  });

  it('detects a tampered ciphertext, tag or iv', () => {
    const sealed = box.seal('a fairly long secret value', 'ctx');
    for (const part of [1, 2, 3]) {
      expect(() => box.open(tamper(sealed, part), 'ctx')).toThrow(
        expect.objectContaining({ code: 'sealed_value_unopenable' }),
      );
    }
  });

  it('does not open with another key or another context', () => {
    const sealed = box.seal('secret', 'workspace-a:line');
    expect(() => createSecretBox(randomBytes(32)).open(sealed, 'workspace-a:line')).toThrow(SealedValueError);
    expect(() => box.open(sealed, 'workspace-b:line')).toThrow(SealedValueError);
  });

  it('rejects values that are not envelopes', () => {
    for (const value of ['plain text', 'v2:a:b:c', 'v1:only:three', 'v1:AAAA:AAAA:AAAA']) {
      expect(() => box.open(value)).toThrow(expect.objectContaining({ code: 'sealed_value_malformed' }));
    }
  });
});

describe('redact', () => {
  it('shows only the last four characters of a long secret, nothing of a short one', () => {
    expect(redact('sk_live_abcdefgh1234')).toBe('••••1234');
    expect(redact('short')).toBe('••••');
  });
});
