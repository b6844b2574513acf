// Turns sparse per-day counts into a continuous series of UTC days for a chart.

export type DailyMetric = 'entered' | 'completed' | 'exited' | 'goalReached';

export interface DailyPoint {
  /** UTC day, `YYYY-MM-DD`. */
  day: string;
  entered: number;
  completed: number;
  exited: number;
  goalReached: number;
}

/** The longest series returned; an open or longer window keeps its most recent days. */
export const MAX_DAYS = 366;

const DAY_MS = 86_400_000;

function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * One point per UTC day from `from`'s day (else the first day with data) through the day before
 * `to` (else `now`'s day), zeros where nothing happened; empty when there is no data and no `from`.
 */
export function fillDailySeries(
  counts: readonly { day: string; metric: DailyMetric; count: number }[],
  window: { from?: Date | undefined; to?: Date | undefined; now: Date },
): DailyPoint[] {
  const days = counts.map((count) => count.day).sort();
  const firstDay = window.from === undefined ? days[0] : dayOf(window.from);
  if (firstDay === undefined) return [];
  const lastDay = dayOf(window.to === undefined ? window.now : new Date(window.to.getTime() - 1));
  let start = Date.parse(`${firstDay}T00:00:00Z`);
  const end = Date.parse(`${lastDay}T00:00:00Z`);
  start = Math.max(start, end - (MAX_DAYS - 1) * DAY_MS);
  const byDay = new Map<string, DailyPoint>();
  for (let at = start; at <= end; at += DAY_MS) {
    const day = dayOf(new Date(at));
    byDay.set(day, { day, entered: 0, completed: 0, exited: 0, goalReached: 0 });
  }
  for (const count of counts) {
    const point = byDay.get(count.day);
    if (point) point[count.metric] += count.count;
  }
  return [...byDay.values()];
}
