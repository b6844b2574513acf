import { describe, expect, it } from 'vitest';
import { identitiesOf } from './customer-identities';
import { normalizeEmail, normalizePhone } from './identity-values';

describe('identity values', () => {
  it('normalises phones to E.164 and refuses invalid ones', () => {
    expect(normalizePhone('+886 912-345-678')).toBe('+886912345678');
    expect(normalizePhone('+1 (212) 555-0100')).toBe('+12125550100');
    expect(normalizePhone('0912345678')).toBeUndefined();
    expect(normalizePhone('+886 12')).toBeUndefined();
  });

  it('trims and lower-cases emails', () => {
    expect(normalizeEmail('  Lin@Example.COM ')).toBe('lin@example.com');
  });

  it('lists identities userId first, LINE from context before traits', () => {
    expect(
      identitiesOf({
        userId: 'u1',
        traits: { email: 'a@b.c', phone: '+886912345678', lineUserId: 'Utraits' },
        context: { line: { userId: 'Ucontext' } },
      }),
    ).toEqual([
      { kind: 'user_id', value: 'u1' },
      { kind: 'email', value: 'a@b.c' },
      { kind: 'phone', value: '+886912345678' },
      { kind: 'line', value: 'Ucontext' },
    ]);
    expect(identitiesOf({})).toEqual([]);
  });
});
