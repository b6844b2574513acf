// How long a workspace keeps its raw rows. The minimums are what running journeys can still read:
// messages back to the longest frequency cap (30 days) and smart-sending window (90 days), events
// back to experiment windows (90 days); longer segment and branch look-backs are added by the job.
import { z } from 'zod';

/** The least days each table may be set to keep, and the most. */
export const RETENTION_LIMITS = {
  minDays: { eventsDays: 90, stepEventsDays: 30, messagesDays: 90 },
  maxDays: 3650,
} as const;

const days = (min: number) => z.number().int().min(min).max(RETENTION_LIMITS.maxDays);

/** A workspace's retention: days to keep each kind of raw row (defaults: 400 days each). */
export const retentionSettingsSchema = z.object({
  eventsDays: days(RETENTION_LIMITS.minDays.eventsDays).default(400),
  stepEventsDays: days(RETENTION_LIMITS.minDays.stepEventsDays).default(400),
  messagesDays: days(RETENTION_LIMITS.minDays.messagesDays).default(400),
});

export type RetentionSettings = z.infer<typeof retentionSettingsSchema>;

/** Stored settings with defaults; a stored value that no longer parses falls back to the defaults. */
export function readRetentionSettings(stored: unknown): RetentionSettings {
  const parsed = retentionSettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : retentionSettingsSchema.parse({});
}
