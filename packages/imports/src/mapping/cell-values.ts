// Reading typed values out of spreadsheet cells as people write them: full-width digits, thousands
// separators, 民國 (ROC) years, 是/否. Each reader returns undefined for a cell it cannot read.
import type { DateOrder } from './mapping.schema';

/** Full-width digits and punctuation (１２３，／) as their ASCII forms; what CJK keyboards often type. */
export function asciiForm(value: string): string {
  return value.normalize('NFKC').trim();
}

export function readNumber(cell: string): number | undefined {
  const text = asciiForm(cell).replace(/[,\s]/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

const truthy = new Set(['true', 'yes', 'y', '1', 't', 'on', '是', '對', '对', 'はい']);
const falsy = new Set(['false', 'no', 'n', '0', 'f', 'off', '否', '不是', 'いいえ']);

export function readBoolean(cell: string): boolean | undefined {
  const text = asciiForm(cell).toLowerCase();
  if (truthy.has(text)) return true;
  if (falsy.has(text)) return false;
  return undefined;
}

const subscribed = new Set(['subscribed', 'opt-in', 'optin', 'opted in', '同意', '訂閱', '订阅', '已訂閱', '已订阅']);
const unsubscribed = new Set([
  'unsubscribed',
  'opt-out',
  'optout',
  'opted out',
  '不同意',
  '取消訂閱',
  '取消订阅',
  '已取消',
]);

export function readConsent(cell: string): 'subscribed' | 'unsubscribed' | undefined {
  const text = asciiForm(cell).toLowerCase();
  if (subscribed.has(text)) return 'subscribed';
  if (unsubscribed.has(text)) return 'unsubscribed';
  const answer = readBoolean(text);
  if (answer === undefined) return undefined;
  return answer ? 'subscribed' : 'unsubscribed';
}

/** `YYYY-MM-DD` when the parts make a real calendar day. */
function isoDay(year: number, month: number, day: number): string | undefined {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

const ROC_OFFSET = 1911;

function fromParts(a: number, b: number, c: number, order: DateOrder, firstDigits: number): string | undefined {
  // A four-digit first part is a year whatever the order says.
  if (firstDigits === 4) return isoDay(a, b, c);
  switch (order) {
    case 'ymd':
      return undefined;
    case 'roc':
      return isoDay(a + ROC_OFFSET, b, c);
    case 'dmy':
      return isoDay(c, b, a);
    case 'mdy':
      return isoDay(c, a, b);
    default: {
      const unreachable: never = order;
      return unreachable;
    }
  }
}

/**
 * A calendar date as `YYYY-MM-DD`: ISO (`1990-05-04`, with or without a time), `1990/5/4`,
 * `1990.05.04`, `1990年5月4日`, `民國79年5月4日`, and numeric day-first, month-first or ROC-year
 * dates when `order` says so. Undefined for anything else, and for days that do not exist.
 */
export function readDate(cell: string, order: DateOrder = 'ymd'): string | undefined {
  const text = asciiForm(cell);
  const roc = /^民國\s*(\d{1,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/.exec(text);
  if (roc) return isoDay(Number(roc[1]) + ROC_OFFSET, Number(roc[2]), Number(roc[3]));
  const cjk = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/.exec(text);
  if (cjk) return isoDay(Number(cjk[1]), Number(cjk[2]), Number(cjk[3]));
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/.exec(text);
  if (!numeric) return undefined;
  const [, first = '', second = '', third = ''] = numeric;
  if (third.length === 4 && first.length === 4) return undefined;
  return fromParts(Number(first), Number(second), Number(third), order, first.length);
}

/**
 * A moment: an ISO date-time (an offset or `Z`; without one it is read in UTC), or a date as
 * `readDate` reads it (midnight UTC). `2024-03-01 10:00` is accepted as people write it.
 */
export function readTime(cell: string, order: DateOrder = 'ymd'): Date | undefined {
  const text = asciiForm(cell);
  const dateTime = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (dateTime) {
    const [, day = '', time = '', zone] = dateTime;
    if (isoDay(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))) === undefined) {
      return undefined;
    }
    const parsed = new Date(`${day}T${time}${zone ?? 'Z'}`);
    return Number.isNaN(parsed.getTime()) ? undefined : parsed;
  }
  const day = readDate(text, order);
  return day === undefined ? undefined : new Date(`${day}T00:00:00Z`);
}
