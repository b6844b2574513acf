// The daily chart as plain SVG geometry. Pure: days in, polylines and ticks out.

export interface DailyRow {
  day: string;
  entered: number;
  completed: number;
  exited: number;
  goalReached: number;
}

export const seriesKeys = ['entered', 'completed', 'exited', 'goalReached'] as const;
export type SeriesKey = (typeof seriesKeys)[number];

export interface ChartGeometry {
  width: number;
  height: number;
  max: number;
  series: { key: SeriesKey; points: string }[];
  /** Up to 6 day labels along the bottom. */
  ticks: { x: number; label: string }[];
  days: readonly DailyRow[];
}

const DAY_MS = 86_400_000;

/** Every day from the first to the last row, missing days as zeros (the server leaves quiet days out). */
export function fillDays(rows: readonly DailyRow[]): DailyRow[] {
  if (rows.length === 0) return [];
  const byDay = new Map(rows.map((row) => [row.day, row]));
  const sorted = [...byDay.keys()].sort();
  const first = Date.parse(`${sorted[0] ?? ''}T00:00:00Z`);
  const last = Date.parse(`${sorted[sorted.length - 1] ?? ''}T00:00:00Z`);
  const filled: DailyRow[] = [];
  for (let at = first; at <= last; at += DAY_MS) {
    const day = new Date(at).toISOString().slice(0, 10);
    filled.push(byDay.get(day) ?? { day, entered: 0, completed: 0, exited: 0, goalReached: 0 });
  }
  return filled;
}

/** Polylines of each series over `width` × `height` (y grows down; the top is the busiest day). */
export function dailyChart(rows: readonly DailyRow[], width: number, height: number): ChartGeometry {
  const days = fillDays(rows);
  const max = Math.max(1, ...days.flatMap((row) => seriesKeys.map((key) => row[key])));
  const step = days.length > 1 ? width / (days.length - 1) : 0;
  const x = (index: number) => (days.length > 1 ? index * step : width / 2);
  const y = (value: number) => height - (value / max) * height;
  const series = seriesKeys.map((key) => ({
    key,
    points: days.map((row, index) => `${round(x(index))},${round(y(row[key]))}`).join(' '),
  }));
  const every = Math.max(1, Math.ceil(days.length / 6));
  const ticks = days
    .map((row, index) => ({ x: round(x(index)), label: row.day.slice(5), index }))
    .filter((tick) => tick.index % every === 0)
    .map(({ x: at, label }) => ({ x: at, label }));
  return { width, height, max, series, ticks, days };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
