import { msUntilLocalTime } from '@wayfarer/nodes/runtime';

/** A daily window on the customer's clock, `HH:MM` to `HH:MM` (spanning midnight when start > end). */
export interface QuietHours {
  start: string;
  end: string;
}

function minutesOf(clock: string): number {
  const [hour = 0, minute = 0] = clock.split(':').map(Number);
  return hour * 60 + minute;
}

function localMinutes(now: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: 'numeric', minute: 'numeric' })
    .formatToParts(now)
    .map((part) => [part.type, Number(part.value)] as const);
  const values = Object.fromEntries(parts);
  return (values.hour ?? 0) * 60 + (values.minute ?? 0);
}

/**
 * How long to wait until the quiet hours are over on the customer's clock: 0 outside them, else
 * the milliseconds until the window's end (daylight-saving aware).
 */
export function quietHoursDelay(now: number, timeZone: string, window: QuietHours | null): number {
  if (window === null) return 0;
  const start = minutesOf(window.start);
  const end = minutesOf(window.end);
  if (start === end) return 0;
  const local = localMinutes(now, timeZone);
  const quiet = start < end ? local >= start && local < end : local >= start || local < end;
  if (!quiet) return 0;
  return msUntilLocalTime(now, timeZone, Math.floor(end / 60), end % 60);
}
