import { describe, expect, it } from 'vitest';
import { valueTierDraft, valueTierInput, withMinimum } from './value-tier-form';

const settings = {
  windowMonths: 12,
  thresholds: {
    strategic: { purchases: 12, spend: 30_000, referrals: 3 },
    high_value: { purchases: 6, spend: 10_000, referrals: 0 },
    core: { purchases: 3, spend: 3_000, referrals: 0 },
    general: { purchases: 1, spend: 0, referrals: 0 },
  },
};

describe('value tier form conversions', () => {
  it('round-trips the settings through the text boxes', () => {
    expect(valueTierInput(valueTierDraft(settings))).toEqual(settings);
  });

  it('changes one box and reads a blank box as NaN, not 0', () => {
    const draft = withMinimum(valueTierDraft(settings), 'core', 'spend', '2500.5');
    expect(valueTierInput(draft).thresholds.core).toEqual({ purchases: 3, spend: 2500.5, referrals: 0 });
    expect(valueTierInput(draft).thresholds.general).toEqual(settings.thresholds.general);
    const blank = withMinimum(draft, 'general', 'purchases', ' ');
    expect(valueTierInput(blank).thresholds.general.purchases).toBeNaN();
  });
});
