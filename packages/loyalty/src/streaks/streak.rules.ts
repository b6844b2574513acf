// Pure streak rules: calendar days in the customer's time zone, consecutive-day counting, facts.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The calendar date (YYYY-MM-DD) at `now` in `timeZone`; an unknown zone counts as UTC. */
export function localDate(now: Date, timeZone: string): string {
  let format: Intl.DateTimeFormat;
  try {
    format = formatter(timeZone);
  } catch {
    format = formatter('UTC');
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Whole days from date `a` to date `b` (YYYY-MM-DD each). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export interface StreakState {
  current: number;
  longest: number;
  /** The local date of the last check-in. */
  lastDate: string | null;
}

export type StreakFact =
  { type: 'streak_reached'; days: number } | { type: 'streak_broken'; length: number; lastDate: string };

export interface CheckInOutcome {
  state: StreakState;
  /** False when the customer had already checked in that local day (nothing changed). */
  counted: boolean;
  facts: StreakFact[];
}

/**
 * A check-in on local date `today`: the next consecutive day extends the streak, a gap breaks it
 * (reported as `streak_broken` now, since a missed day is only seen at the next check-in), and
 * reaching one of `milestones` days reports `streak_reached`. A date before the last one (the
 * customer moved west across time zones) counts as the same day.
 */
export function checkInOn(state: StreakState, today: string, milestones: readonly number[]): CheckInOutcome {
  const gap = state.lastDate === null ? null : daysBetween(state.lastDate, today);
  if (gap !== null && gap <= 0) return { state, counted: false, facts: [] };
  const facts: StreakFact[] = [];
  let current = 1;
  if (gap === 1) current = state.current + 1;
  else if (state.lastDate !== null && state.current > 0) {
    facts.push({ type: 'streak_broken', length: state.current, lastDate: state.lastDate });
  }
  if (milestones.includes(current)) facts.push({ type: 'streak_reached', days: current });
  return { state: { current, longest: Math.max(state.longest, current), lastDate: today }, counted: true, facts };
}

/** The streak as it stands on `today`: 0 once a whole day has passed without a check-in. */
export function liveStreak(state: StreakState, today: string): number {
  if (state.lastDate === null) return 0;
  return daysBetween(state.lastDate, today) <= 1 ? state.current : 0;
}
