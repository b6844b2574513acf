// The schedule field is an <input type="datetime-local">: a wall-clock time in the marketer's own
// time zone, which the browser turns into an instant.

const pad = (value: number) => String(value).padStart(2, '0');

/** `date` as the field shows it (local wall-clock time, minutes). */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Tomorrow at 10:00 local time: a sensible first suggestion for a campaign. */
export function suggestedStart(now: Date): string {
  const next = new Date(now);
  next.setDate(next.getDate() + 1);
  next.setHours(10, 0, 0, 0);
  return toLocalInput(next);
}

/** The instant of a field value (ISO, UTC), or undefined when it is empty or not a time. */
export function fromLocalInput(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The marketer's time zone name (e.g. "Asia/Taipei"), shown beside the field. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Latest UTC offset in use (Kiribati, +14:00): where any wall-clock time comes first. */
const EARLIEST_OFFSET = '+14:00';

/**
 * Whether a local time for each customer is still ahead everywhere: once it has passed in the
 * earliest time zone, some customers would get the broadcast late. The server checks the audience's
 * real zones; this keeps the form from offering what it would refuse anyway.
 */
export function localTimeAheadEverywhere(value: string, now: Date): boolean {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return false;
  return Date.parse(`${value}:00${EARLIEST_OFFSET}`) > now.getTime();
}

/** A wall-clock time ('YYYY-MM-DDTHH:MM') in words, with no time zone of its own. */
export function formatWallClock(value: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
    new Date(`${value}:00Z`),
  );
}
