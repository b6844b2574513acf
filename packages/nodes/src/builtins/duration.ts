import { durationSchema, durationToMs, type Duration } from '@wayfarer/journey';

// The schema lives in the journey package: journey settings (re-entry cooldown, entry limit) use it too.
export { durationSchema, durationToMs, type Duration };

/** "3 days", "1 hour". */
export function formatDuration(duration: Duration): string {
  const unit = duration.amount === 1 ? duration.unit.slice(0, -1) : duration.unit;
  return `${duration.amount} ${unit}`;
}
