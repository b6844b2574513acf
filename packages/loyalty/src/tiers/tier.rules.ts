import type { TierMetric } from '@wayfarer/db';

// Pure tier rules: which tier a customer's measures earn, and what changed.

/** A tier and the rule that earns it: `metric` over the last `windowMonths` reaches `threshold`. */
export interface TierRule {
  key: string;
  name: string;
  /** Higher is better. */
  rank: number;
  metric: TierMetric;
  threshold: number;
  windowMonths: number;
}

/** Identifies one measure (a metric over a window) that some rule needs. */
export function measureKey(metric: TierMetric, windowMonths: number): string {
  return `${metric}:${windowMonths}`;
}

/** The distinct measures the rules need, so each is computed once. */
export function measuresNeeded(rules: readonly TierRule[]): { metric: TierMetric; windowMonths: number }[] {
  const seen = new Map<string, { metric: TierMetric; windowMonths: number }>();
  for (const rule of rules) seen.set(measureKey(rule.metric, rule.windowMonths), rule);
  return [...seen.values()].map(({ metric, windowMonths }) => ({ metric, windowMonths }));
}

/** The best-ranked tier whose rule the measures meet, or null when none is met. */
export function chooseTier(rules: readonly TierRule[], measures: ReadonlyMap<string, number>): TierRule | null {
  const byRank = [...rules].sort((a, b) => b.rank - a.rank);
  return (
    byRank.find((rule) => (measures.get(measureKey(rule.metric, rule.windowMonths)) ?? 0) >= rule.threshold) ?? null
  );
}

/** A fact for the caller to emit as a `tier_changed` event (journeys can trigger on it). */
export interface TierChanged {
  type: 'tier_changed';
  /** Tier keys; null is "no tier". */
  from: string | null;
  to: string | null;
  direction: 'upgrade' | 'downgrade';
}

/** The change from the current tier key to `next`, or null when the tier stays. */
export function tierChange(
  rules: readonly TierRule[],
  current: string | null,
  next: TierRule | null,
): TierChanged | null {
  const to = next?.key ?? null;
  if (current === to) return null;
  const rankOf = (key: string | null) => rules.find((rule) => rule.key === key)?.rank ?? Number.NEGATIVE_INFINITY;
  const direction = rankOf(to) > rankOf(current) ? 'upgrade' : 'downgrade';
  return { type: 'tier_changed', from: current, to, direction };
}
