import type { CountOperator, ValueOperator } from '@wayfarer/segments';
import type { LocalizedText } from '../app/i18n';
import { segmentMessages as m } from './messages';

/** How each comparison reads in a select. */
export const valueOperatorLabels: Readonly<Record<ValueOperator, LocalizedText>> = {
  eq: m.opEq,
  neq: m.opNeq,
  gt: m.opGt,
  gte: m.opGte,
  lt: m.opLt,
  lte: m.opLte,
  contains: m.opContains,
  exists: m.opExists,
  not_exists: m.opNotExists,
};

export const countOperatorLabels: Readonly<Record<CountOperator, LocalizedText>> = {
  gte: m.opGte,
  lte: m.opLte,
  eq: m.exactly,
};

/** Comparisons that take no value. */
export function takesValue(op: ValueOperator): boolean {
  return op !== 'exists' && op !== 'not_exists';
}
