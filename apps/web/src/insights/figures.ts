// Formatting of the overview's figures. Pure.

export type DurationUnit = 'minutes' | 'hours' | 'days';

/** A duration in its largest sensible unit, one decimal: 90 min → 1.5 h. */
export function durationParts(ms: number): { unit: DurationUnit; n: number } {
  const minutes = ms / 60_000;
  if (minutes < 60) return { unit: 'minutes', n: Math.round(minutes) };
  const hours = minutes / 60;
  if (hours < 48) return { unit: 'hours', n: Math.round(hours * 10) / 10 };
  return { unit: 'days', n: Math.round((hours / 24) * 10) / 10 };
}

/** A rate from 0 to 1 as a percentage in `locale`, e.g. 0.125 → "12.5%". */
export function formatRate(rate: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}
