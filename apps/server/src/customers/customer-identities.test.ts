import { describe, expect, it } from 'vitest';
import { identitiesOf } from './customer-identities';

describe('customer identities', () => {
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
