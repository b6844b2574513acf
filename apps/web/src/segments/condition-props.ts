import type { SegmentCondition } from '@wayfarer/segments';

/** A condition of one type. */
export type Of<T extends SegmentCondition['type']> = Extract<SegmentCondition, { type: T }>;

/** Props of the inputs of one condition type. */
export interface FieldsProps<C extends SegmentCondition> {
  condition: C;
  onChange: (next: C) => void;
}

/** An integer typed into a number input; blank or invalid reads as `fallback`. */
export function readInt(text: string, fallback: number): number {
  const value = Number.parseInt(text, 10);
  return Number.isFinite(value) ? value : fallback;
}
