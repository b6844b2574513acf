// When a date trigger fires for one customer: pure calendar arithmetic over the customer's date
// attribute and time zone (Intl only). Used by the worker's sweep; never throws on bad data.
import { zonedTimeToInstant } from './local-time';

/** A calendar date; `year` is null for a yearless date (`--MM-DD`). */
export interface CalendarDate {
  year: number | null;
  month: number;
  day: number;
}

/** What the trigger fires on: `offsetDays` from the yearly date, at `at` (HH:MM) local time. */
export interface DateRule {
  offsetDays: number;
  at: string;
}

/** A sweep covers the instants after `from` up to and including `to` (the previous fire to this one). */
export interface SweepWindow {
  from: Date;
  to: Date;
}

/** One yearly occurrence: the date it celebrates (`YYYY-MM-DD`) and the instant it fires. */
export interface DateOccurrence {
  date: string;
  firesAt: Date;
}

const DAY_MS = 86_400_000;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const yearless = /^--(\d{2})-(\d{2})$/;
const isoTimestamp = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function validDate(year: number | null, month: number, day: number): CalendarDate | undefined {
  // A yearless Feb 29 is fine: it is checked against a leap year.
  const probe = new Date(Date.UTC(year ?? 2000, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

function dateInZone(instant: number, timeZone: string): CalendarDate | undefined {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  return validDate(parts.year ?? NaN, parts.month ?? NaN, parts.day ?? NaN);
}

/**
 * The calendar date a customer's attribute holds, or undefined when it is not a date. Accepts
 * `YYYY-MM-DD`, `--MM-DD` (no year) and ISO timestamps: with a zone (`Z`, `+08:00`) a timestamp
 * means the date it was in the customer's time zone (a signup at 23:30Z is the next day in
 * Taipei); without one, the date as written.
 */
export function parseDateAttribute(value: unknown, timeZone: string): CalendarDate | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const date = isoDate.exec(text);
  if (date) return validDate(Number(date[1]), Number(date[2]), Number(date[3]));
  const noYear = yearless.exec(text);
  if (noYear) return validDate(null, Number(noYear[1]), Number(noYear[2]));
  const stamp = isoTimestamp.exec(text);
  if (!stamp) return undefined;
  if (stamp[4] === undefined) return validDate(Number(stamp[1]), Number(stamp[2]), Number(stamp[3]));
  const instant = Date.parse(text);
  return Number.isNaN(instant) ? undefined : dateInZone(instant, timeZone);
}

/** The date's anniversary in `year`; Feb 29 falls on Feb 28 in other years (the day still in February). */
export function anniversaryIn(date: CalendarDate, year: number): { year: number; month: number; day: number } {
  if (date.month === 2 && date.day === 29 && !isLeapYear(year)) return { year, month: 2, day: 28 };
  return { year, month: date.month, day: date.day };
}

function occurrenceIn(date: CalendarDate, year: number, rule: DateRule, timeZone: string): DateOccurrence {
  const anniversary = anniversaryIn(date, year);
  // Date.UTC normalises day overflow, so an offset may cross a month or a year end.
  const fires = new Date(Date.UTC(anniversary.year, anniversary.month - 1, anniversary.day + rule.offsetDays));
  const [hour = 0, minute = 0] = rule.at.split(':').map(Number);
  const firesAt = zonedTimeToInstant(
    fires.getUTCFullYear(),
    fires.getUTCMonth() + 1,
    fires.getUTCDate(),
    hour,
    minute,
    timeZone,
  );
  return { date: `${pad(year, 4)}-${pad(anniversary.month)}-${pad(anniversary.day)}`, firesAt: new Date(firesAt) };
}

/**
 * The occurrence of the customer's date that fires inside the window, if any. Anniversaries count
 * from the year after the date (signing up today is not a signup anniversary). A missing or
 * malformed attribute, or an unknown time zone, is simply not due.
 */
export function dueOccurrence(
  value: unknown,
  timeZone: string,
  rule: DateRule,
  window: SweepWindow,
): DateOccurrence | undefined {
  try {
    const date = parseDateAttribute(value, timeZone);
    if (date === undefined) return undefined;
    // Years whose occurrence could land in the window, the offset pushing it across a year end.
    const spread = 1 + Math.ceil(Math.abs(rule.offsetDays) / 365);
    const first = window.from.getUTCFullYear() - spread;
    const last = window.to.getUTCFullYear() + spread;
    for (let year = first; year <= last; year++) {
      if (date.year !== null && year <= date.year) continue;
      const occurrence = occurrenceIn(date, year, rule, timeZone);
      const at = occurrence.firesAt.getTime();
      if (at > window.from.getTime() && at <= window.to.getTime()) return occurrence;
    }
    return undefined;
  } catch {
    // An unknown time zone (RangeError from Intl) means the customer cannot be placed in time.
    return undefined;
  }
}

/**
 * `MM-DD` values a due customer's date can have, for narrowing the search in SQL before the exact
 * check: the local dates the window touches anywhere on Earth, a day wider for timestamps read in
 * another zone, moved back by the offset. Undefined (no narrowing) for windows longer than a year.
 */
export function candidateMonthDays(window: SweepWindow, offsetDays: number): string[] | undefined {
  const firstDay = Math.floor(window.from.getTime() / DAY_MS) - 2;
  const lastDay = Math.floor(window.to.getTime() / DAY_MS) + 2;
  if (lastDay - firstDay > 366) return undefined;
  const monthDays = new Set<string>();
  for (let day = firstDay; day <= lastDay; day++) {
    const date = new Date((day - offsetDays) * DAY_MS);
    monthDays.add(`${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`);
  }
  if (monthDays.has('02-28')) monthDays.add('02-29');
  return [...monthDays].sort();
}

/** The key of one occurrence among a customer's entries: `birthday:2026-11-25`, `birthday:2026-11-25:-3d`. */
export function occurrenceKey(
  attribute: string,
  rule: Pick<DateRule, 'offsetDays'>,
  occurrence: DateOccurrence,
): string {
  const base = `${attribute}:${occurrence.date}`;
  if (rule.offsetDays === 0) return base;
  return `${base}:${rule.offsetDays > 0 ? '+' : ''}${rule.offsetDays}d`;
}
