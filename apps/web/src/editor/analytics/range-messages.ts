import type { LocalizedText } from '../../app/i18n';
import type { DateRange } from './date-range';
import { analyticsMessages as m } from './messages';

/** The label of each date range (shared by the canvas and the overview page). */
export const rangeLabels: Readonly<Record<DateRange, LocalizedText>> = {
  '24h': m.range24h,
  '7d': m.range7d,
  '30d': m.range30d,
  all: m.rangeAll,
};
