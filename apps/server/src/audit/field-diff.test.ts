import { describe, expect, it } from 'vitest';
import { fieldDiff } from './field-diff';

describe('fieldDiff', () => {
  it('lists only the fields that changed', () => {
    expect(
      fieldDiff(
        { name: 'a', status: 'draft', rule: { x: 1, y: 2 } },
        { name: 'b', status: 'draft', rule: { y: 2, x: 1 } },
      ),
    ).toEqual({
      name: { before: 'a', after: 'b' },
    });
  });

  it('treats a missing snapshot as absent fields', () => {
    expect(fieldDiff(null, { name: 'n' })).toEqual({ name: { before: null, after: 'n' } });
    expect(fieldDiff({ name: 'n' }, null)).toEqual({ name: { before: 'n', after: null } });
  });
});
