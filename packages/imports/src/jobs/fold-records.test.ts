import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../mapping/import-record';
import { foldByCustomer, openingBalanceKey } from './fold-records';

function record(row: number, patch: Partial<ImportRecord>): ImportRecord {
  return {
    row,
    identities: [{ kind: 'email', value: `r${row}@x.tw` }],
    attributes: {},
    tags: [],
    consents: [],
    tier: null,
    points: null,
    ...patch,
  };
}

describe('folding a batch by customer', () => {
  it('applies rows of one customer in file order', () => {
    const folded = foldByCustomer([
      {
        customerId: 'c1',
        record: record(2, { attributes: { name: 'Mei', city: 'Taipei' }, tags: ['a'], tier: 'silver' }),
      },
      { customerId: 'c2', record: record(3, { attributes: { name: 'Ken' } }) },
      {
        customerId: 'c1',
        record: record(4, {
          attributes: { city: 'Tainan' },
          tags: ['b', 'a'],
          tier: 'gold',
          consents: [{ channel: 'sms', status: 'unsubscribed', source: 'pos', at: new Date('2024-01-01') }],
        }),
      },
      {
        customerId: 'c1',
        record: record(5, {
          consents: [{ channel: 'sms', status: 'subscribed', source: 'pos', at: new Date('2023-01-01') }],
        }),
      },
    ]);
    expect(folded).toEqual([
      {
        customerId: 'c1',
        attributes: { name: 'Mei', city: 'Tainan' },
        tags: ['a', 'b'],
        tier: 'gold',
        consents: [{ channel: 'sms', status: 'unsubscribed', source: 'pos', at: new Date('2024-01-01') }],
      },
      { customerId: 'c2', attributes: { name: 'Ken' }, tags: [], tier: null, consents: [] },
    ]);
  });

  it('keys an opening balance by identities and amount, not by the rest of the row', () => {
    const points = { amount: 100, reason: 'Opening balance' };
    const a = openingBalanceKey('w', record(2, { points, attributes: { name: 'A' } }));
    expect(openingBalanceKey('w', record(2, { points, attributes: { name: 'B' } }))).toBe(a);
    expect(openingBalanceKey('w', record(2, { points: { ...points, amount: 101 } }))).not.toBe(a);
    expect(openingBalanceKey('w2', record(2, { points }))).not.toBe(a);
  });
});
