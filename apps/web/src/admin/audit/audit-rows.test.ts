import { describe, expect, it } from 'vitest';
import { auditRows, readableAction } from './audit-rows';

const entry = (id: string, action: string, actorId = 'mei', entityId: string | null = 'welcome') => ({
  id,
  at: '2026-12-07T10:00:00Z',
  actorType: 'user',
  actorId,
  action,
  entityId,
});

describe('auditRows', () => {
  it('folds consecutive autosaves by one actor on one journey into one row', () => {
    const rows = auditRows([
      entry('1', 'journeys.publish'),
      entry('2', 'journeys.saveDraft'),
      entry('3', 'journeys.saveDraft'),
      entry('4', 'journeys.saveDraft', 'tom'),
      entry('5', 'journeys.saveDraft', 'tom', 'other'),
      entry('6', 'journeys.saveDraft', 'tom', 'other'),
    ]);
    expect(rows.map((row) => (row.kind === 'entry' ? row.entry.id : row.entries.map((e) => e.id).join('+')))).toEqual([
      '1',
      '2+3',
      '4',
      '5+6',
    ]);
  });

  it('grows a run the next page continues', () => {
    const firstPage = [entry('1', 'journeys.saveDraft'), entry('2', 'journeys.saveDraft')];
    expect(auditRows([...firstPage, entry('3', 'journeys.saveDraft')])).toEqual([
      { kind: 'autosaves', key: '1', entries: [...firstPage, entry('3', 'journeys.saveDraft')] },
    ]);
  });
});

describe('readableAction', () => {
  it('spells a procedure path in words', () => {
    expect(readableAction('loyalty.couponPools.addCodes')).toBe('loyalty › coupon pools › add codes');
  });
});
