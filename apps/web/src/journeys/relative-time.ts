// "3 minutes ago" / "3 分鐘前" with Intl only, picking the largest unit that reads naturally.
const steps: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** How long ago (or until) `iso` is from `now`, in `locale`; under a minute reads as `justNow`. */
export function formatRelativeTime(iso: string, now: number, locale: string, justNow: string): string {
  let amount = (Date.parse(iso) - now) / 1000;
  if (Math.abs(amount) < 45) return justNow;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of steps) {
    if (Math.abs(amount) < size) return format.format(Math.round(amount), unit);
    amount /= size;
  }
  return format.format(Math.round(amount), 'year');
}

/** The full date and time, for a tooltip. */
export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
