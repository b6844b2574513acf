import { z } from 'zod';
import type { ValueTier } from '@wayfarer/db';

/** Best first; `potential` is everyone who meets no threshold. */
export const valueTiers = [
  'strategic',
  'high_value',
  'core',
  'general',
  'potential',
] as const satisfies readonly ValueTier[];

const minimums = z.object({
  purchases: z.number().int().min(0),
  spend: z.number().min(0),
  referrals: z.number().int().min(0),
});
export type ValueTierMinimums = z.infer<typeof minimums>;

/** Workspace-settable thresholds: a customer gets the best tier whose minimums are all met. */
export const valueTierSettingsSchema = z.object({
  windowMonths: z.number().int().min(1).max(120).default(12),
  thresholds: z.object({ strategic: minimums, high_value: minimums, core: minimums, general: minimums }).default({
    strategic: { purchases: 12, spend: 30_000, referrals: 3 },
    high_value: { purchases: 6, spend: 10_000, referrals: 0 },
    core: { purchases: 3, spend: 3_000, referrals: 0 },
    general: { purchases: 1, spend: 0, referrals: 0 },
  }),
});
export type ValueTierSettings = z.infer<typeof valueTierSettingsSchema>;

/** What a customer did inside the window. */
export interface ValueMetrics {
  purchases: number;
  spend: number;
  referrals: number;
}

function meets(metrics: ValueMetrics, min: ValueTierMinimums): boolean {
  return metrics.purchases >= min.purchases && metrics.spend >= min.spend && metrics.referrals >= min.referrals;
}

/** The customer's value tier: the first (best) tier whose minimums the metrics all meet. */
export function classifyValueTier(metrics: ValueMetrics, settings: ValueTierSettings): ValueTier {
  for (const tier of valueTiers) {
    if (tier === 'potential') return tier;
    if (meets(metrics, settings.thresholds[tier])) return tier;
  }
  return 'potential';
}
