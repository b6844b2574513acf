import { z } from 'zod';
import { comparisonOperators } from './conditions';

/** zod form of {@link Comparison} (a test on an event's properties), for node configs and API input. */
export const comparisonSchema = z.object({
  path: z.string().min(1).describe('Event property, e.g. amount'),
  op: z.enum(comparisonOperators),
  value: z.unknown().optional(),
});

export const comparisonListSchema = z.array(comparisonSchema).default([]);
