import { z } from 'zod';

const unitMs = { seconds: 1_000, minutes: 60_000, hours: 3_600_000, days: 86_400_000, weeks: 604_800_000 } as const;

/** A span of time as marketers write it: "3 days". */
export const durationSchema = z.object({
  amount: z.number().int().positive().max(100_000),
  unit: z.enum(['seconds', 'minutes', 'hours', 'days', 'weeks']),
});
export type Duration = z.infer<typeof durationSchema>;

export function durationToMs(duration: Duration): number {
  return duration.amount * unitMs[duration.unit];
}
