import { z } from 'zod';
import { comparisonOperators } from './conditions';

/** zod form of {@link Comparison}, for node configs and API input. */
export const comparisonSchema = z.object({
  path: z.string().min(1).describe('Dotted path to the value, e.g. plan or address.city'),
  op: z.enum(comparisonOperators),
  value: z.unknown().optional(),
});

export const comparisonListSchema = z.array(comparisonSchema).default([]);
