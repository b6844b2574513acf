import { describe, expect, it } from 'vitest';
import { isEmailAddress, normalizeEmail, normalizePhone } from './identity-values';

describe('identity values', () => {
  it('normalises phones to E.164 and refuses invalid ones', () => {
    expect(normalizePhone('+886 912-345-678')).toBe('+886912345678');
    expect(normalizePhone('+1 (212) 555-0100')).toBe('+12125550100');
    expect(normalizePhone('0912345678')).toBeUndefined();
    expect(normalizePhone('+886 12')).toBeUndefined();
  });

  it('reads national numbers in the default country', () => {
    expect(normalizePhone('0912-345-678', 'TW')).toBe('+886912345678');
    expect(normalizePhone('0912345678', 'TW')).toBe('+886912345678');
    expect(normalizePhone('+81 90-1234-5678', 'TW')).toBe('+819012345678');
    expect(normalizePhone('0912', 'TW')).toBeUndefined();
  });

  it('trims and lower-cases emails', () => {
    expect(normalizeEmail('  Lin@Example.COM ')).toBe('lin@example.com');
    expect(isEmailAddress('lin@example.com')).toBe(true);
    expect(isEmailAddress('lin example.com')).toBe(false);
  });
});
