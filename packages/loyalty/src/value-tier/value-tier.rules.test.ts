import { describe, expect, it } from 'vitest';
import { classifyValueTier, valueTierSettingsSchema } from './value-tier.rules';

const defaults = valueTierSettingsSchema.parse({});

describe('classifyValueTier', () => {
  it('puts customers without purchases in potential', () => {
    expect(classifyValueTier({ purchases: 0, spend: 0, referrals: 5 }, defaults)).toBe('potential');
  });

  it('gives the best tier whose minimums are all met', () => {
    expect(classifyValueTier({ purchases: 1, spend: 10, referrals: 0 }, defaults)).toBe('general');
    expect(classifyValueTier({ purchases: 3, spend: 3_000, referrals: 0 }, defaults)).toBe('core');
    expect(classifyValueTier({ purchases: 6, spend: 10_000, referrals: 0 }, defaults)).toBe('high_value');
    expect(classifyValueTier({ purchases: 12, spend: 30_000, referrals: 3 }, defaults)).toBe('strategic');
  });

  it('needs every minimum: big spend without referrals is not strategic', () => {
    expect(classifyValueTier({ purchases: 50, spend: 1_000_000, referrals: 2 }, defaults)).toBe('high_value');
  });

  it('follows thresholds the workspace sets', () => {
    const settings = valueTierSettingsSchema.parse({
      windowMonths: 6,
      thresholds: {
        strategic: { purchases: 2, spend: 100, referrals: 0 },
        high_value: { purchases: 1, spend: 50, referrals: 0 },
        core: { purchases: 1, spend: 10, referrals: 0 },
        general: { purchases: 1, spend: 0, referrals: 0 },
      },
    });
    expect(classifyValueTier({ purchases: 2, spend: 100, referrals: 0 }, settings)).toBe('strategic');
    expect(classifyValueTier({ purchases: 1, spend: 20, referrals: 0 }, settings)).toBe('core');
  });
});
