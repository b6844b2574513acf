import { describe, expect, it } from 'vitest';
import { readRetentionForm, retentionFormOf } from './retention-form';

const limits = { minDays: { eventsDays: 90, stepEventsDays: 30, messagesDays: 90 }, maxDays: 3650 };

describe('retention form', () => {
  it('reads whole days within the bounds', () => {
    const form = retentionFormOf({ eventsDays: 400, stepEventsDays: 30, messagesDays: 3650 });
    expect(readRetentionForm(form, limits)).toEqual({
      ok: true,
      settings: { eventsDays: 400, stepEventsDays: 30, messagesDays: 3650 },
    });
  });

  it('names the first field that is empty, not whole, or out of bounds', () => {
    const form = retentionFormOf({ eventsDays: 400, stepEventsDays: 400, messagesDays: 400 });
    expect(readRetentionForm({ ...form, messagesDays: '89' }, limits)).toEqual({ ok: false, field: 'messagesDays' });
    expect(readRetentionForm({ ...form, stepEventsDays: '45.5' }, limits)).toEqual({
      ok: false,
      field: 'stepEventsDays',
    });
    expect(readRetentionForm({ ...form, eventsDays: '' }, limits)).toEqual({ ok: false, field: 'eventsDays' });
    expect(readRetentionForm({ ...form, eventsDays: '3651' }, limits)).toEqual({ ok: false, field: 'eventsDays' });
  });
});
