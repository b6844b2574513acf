// The value-tier thresholds form as text boxes (what the marketer types) and back to the API input.
// Numbers are sent as typed, so the server's validation names a bad field (`thresholds.core.spend`).

/** Tiers with thresholds, best first; `potential` is everyone else and has none. */
export const thresholdTiers = ['strategic', 'high_value', 'core', 'general'] as const;
export type ThresholdTier = (typeof thresholdTiers)[number];
export const minimumFields = ['purchases', 'spend', 'referrals'] as const;
export type MinimumField = (typeof minimumFields)[number];

type Minimums = Record<MinimumField, number>;
export interface ValueTierSettingsValue {
  windowMonths: number;
  thresholds: Record<ThresholdTier, Minimums>;
}

export interface ValueTierDraft {
  windowMonths: string;
  thresholds: Record<ThresholdTier, Record<MinimumField, string>>;
}

function mapTiers<A, B>(values: Record<ThresholdTier, A>, map: (value: A) => B): Record<ThresholdTier, B> {
  return Object.fromEntries(thresholdTiers.map((tier) => [tier, map(values[tier])])) as Record<ThresholdTier, B>;
}

export function valueTierDraft(settings: ValueTierSettingsValue): ValueTierDraft {
  return {
    windowMonths: String(settings.windowMonths),
    thresholds: mapTiers(settings.thresholds, (min) => ({
      purchases: String(min.purchases),
      spend: String(min.spend),
      referrals: String(min.referrals),
    })),
  };
}

/** A blank box reads as NaN, which the server refuses naming that field (it never becomes 0). */
function numberOf(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

export function valueTierInput(draft: ValueTierDraft): ValueTierSettingsValue {
  return {
    windowMonths: numberOf(draft.windowMonths),
    thresholds: mapTiers(draft.thresholds, (min) => ({
      purchases: numberOf(min.purchases),
      spend: numberOf(min.spend),
      referrals: numberOf(min.referrals),
    })),
  };
}

/** The draft with one box changed. */
export function withMinimum(draft: ValueTierDraft, tier: ThresholdTier, field: MinimumField, text: string) {
  return { ...draft, thresholds: { ...draft.thresholds, [tier]: { ...draft.thresholds[tier], [field]: text } } };
}
