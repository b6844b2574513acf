import { z } from 'zod';

/** An optional report window as the API takes it: ISO instants, `from` inclusive, `to` exclusive. */
export const statsRangeSchema = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

export type StatsRangeInput = z.infer<typeof statsRangeSchema>;

/** The window as the queries take it (Dates). */
export function toRange(input: StatsRangeInput): { from?: Date; to?: Date } {
  return {
    ...(input.from === undefined ? {} : { from: new Date(input.from) }),
    ...(input.to === undefined ? {} : { to: new Date(input.to) }),
  };
}
