// How the report writes numbers: rates as percentages, differences as signed percentage points,
// intervals with open ends where there is no data yet. Pure, so it is tested without a browser.

/** 0.1234 → "12.3%". */
export function percent(value: number, digits = 1): string {
  return `${(value * 100).toFixed(digits)}%`;
}

/** 0.021 → "+2.1", -0.004 → "−0.4" (percentage points). */
export function points(value: number | null): string {
  if (value === null) return '…';
  const text = Math.abs(value * 100).toFixed(1);
  return value < 0 ? `−${text}` : `+${text}`;
}

/** "10.2% – 13.9%" from a rate interval. */
export function rateInterval(interval: { low: number | null; high: number | null }): string {
  return `${interval.low === null ? '…' : percent(interval.low)} – ${interval.high === null ? '…' : percent(interval.high)}`;
}

/** A money-like figure with two decimals and a sign. */
export function signedAmount(value: number | null): string {
  if (value === null) return '…';
  const text = Math.abs(value).toFixed(2);
  return value < 0 ? `−${text}` : `+${text}`;
}

/**
 * Whether a lift between two groups means anything yet: with a group still empty the "difference"
 * compares a rate with nothing, so the report says it needs customers instead of printing ±100 points.
 */
export function liftMeasurable(...groupSizes: readonly number[]): boolean {
  return groupSizes.every((size) => size > 0);
}

export interface DayArms {
  day: string;
  arm: number;
  entered: number;
  converted: number;
}

/** Cumulative conversion rate per arm at each day with data, oldest first. */
export function cumulativeRates(rows: readonly DayArms[], arms: number): { day: string; rates: (number | null)[] }[] {
  const days = [...new Set(rows.map((row) => row.day))].sort();
  const entered = Array.from({ length: arms }, () => 0);
  const converted = Array.from({ length: arms }, () => 0);
  return days.map((day) => {
    for (const row of rows.filter((candidate) => candidate.day === day && candidate.arm < arms)) {
      entered[row.arm] = (entered[row.arm] ?? 0) + row.entered;
      converted[row.arm] = (converted[row.arm] ?? 0) + row.converted;
    }
    return {
      day,
      rates: entered.map((count, arm) => (count > 0 ? (converted[arm] ?? 0) / count : null)),
    };
  });
}
