import type { JourneyStatus } from '@wayfarer/db';
import { z } from 'zod';

// A record, so the compiler insists on every status the database type has.
const statuses = { draft: 'draft', live: 'live', paused: 'paused', archived: 'archived' } as const satisfies Record<
  JourneyStatus,
  JourneyStatus
>;
/** A journey status in API input. */
export const journeyStatusSchema = z.enum(statuses);

/** What a marketer can do to a journey's lifecycle (publishing is separate: it needs a compile). */
export type StatusAction = 'pause' | 'resume' | 'archive';

export type StatusChange = { ok: true; status: JourneyStatus } | { ok: false; message: string };

/**
 * The status a journey moves to. Pausing and archiving stop new entrants; customers already inside
 * carry on. Repeating an action is a no-op, not an error.
 */
export function nextStatus(current: JourneyStatus, action: StatusAction, hasLiveVersion: boolean): StatusChange {
  switch (action) {
    case 'pause':
      if (current === 'live' || current === 'paused') return { ok: true, status: 'paused' };
      return { ok: false, message: `Only a live journey can be paused; this one is ${current}.` };
    case 'resume':
      if ((current === 'paused' || current === 'live') && hasLiveVersion) return { ok: true, status: 'live' };
      return {
        ok: false,
        message: `Only a paused journey can be resumed; this one is ${current}. Publish it instead.`,
      };
    case 'archive':
      return { ok: true, status: 'archived' };
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
}
