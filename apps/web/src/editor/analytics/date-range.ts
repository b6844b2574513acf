/** The date ranges offered on the canvas and the overview. */
export const dateRanges = ['24h', '7d', '30d', 'all'] as const;
export type DateRange = (typeof dateRanges)[number];

const HOUR_MS = 3_600_000;
const SPAN_MS: Record<Exclude<DateRange, 'all'>, number> = {
  '24h': 24 * HOUR_MS,
  '7d': 7 * 24 * HOUR_MS,
  '30d': 30 * 24 * HOUR_MS,
};

/** `{ from }` as an ISO string for a bounded range (to = now, left open), `{}` for all time. */
export function rangeBounds(range: DateRange, now: Date): { from?: string } {
  if (range === 'all') return {};
  return { from: new Date(now.getTime() - SPAN_MS[range]).toISOString() };
}

export function isDateRange(value: string): value is DateRange {
  return (dateRanges as readonly string[]).includes(value);
}
