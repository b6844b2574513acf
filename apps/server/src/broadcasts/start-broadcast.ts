import {
  createBroadcast,
  DataError,
  finishBroadcast,
  firstLocalInstant,
  getJourney,
  type Broadcast,
} from '@wayfarer/db';
import {
  BROADCAST_WORKFLOW,
  broadcastWorkflowId,
  findBroadcastTrigger,
  type BroadcastWorkflow,
  maintenanceTaskQueue,
} from '@wayfarer/workflows';
import type { Services } from '../services';
import { fieldError } from '../trpc/field-error';

/** Largest batch: one batch's entries are one activity, which should finish well within a minute. */
export const MAX_BATCH_SIZE = 500;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface StartBroadcastInput {
  workspaceId: string;
  journeyId: string;
  /** When to start; now (or a time in the past) starts at once. */
  at?: Date;
  /** Instead of `at`: this wall-clock time ('YYYY-MM-DDTHH:MM') in each member's own time zone. */
  localTime?: string;
  /** Journey entries per second. */
  ratePerSecond: number;
}

/**
 * Broadcasts a live journey to the segment of its "Broadcast to a segment" trigger: records the
 * broadcast and starts its workflow, which waits until `at` and then enters the members in batches
 * of about one second's worth. The journey version live now is the one members enter.
 */
export async function startBroadcast(services: Services, input: StartBroadcastInput): Promise<Broadcast> {
  const journey = await getJourney(services.db, input.workspaceId, input.journeyId);
  if (journey.status !== 'live' || journey.liveVersionId === null) {
    throw new DataError('invalid_state', `The journey is ${journey.status}; only a live journey can be broadcast.`);
  }
  const trigger = findBroadcastTrigger(await services.loadVersion(journey.liveVersionId));
  if (!trigger) throw new DataError('invalid_state', 'The journey has no "Broadcast to a segment" trigger.');
  if (!uuidPattern.test(trigger.segmentId)) throw new DataError('not_found', `Segment ${trigger.segmentId} not found.`);
  const now = new Date();
  const scheduledAt =
    input.localTime === undefined
      ? input.at !== undefined && input.at > now
        ? input.at
        : now
      : await firstWaveAt(services, trigger.segmentId, input.localTime, now);
  const broadcast = await createBroadcast(services.db, {
    workspaceId: input.workspaceId,
    journeyId: journey.id,
    journeyVersionId: journey.liveVersionId,
    segmentId: trigger.segmentId,
    scheduledAt,
    ratePerSecond: input.ratePerSecond,
    batchSize: Math.min(input.ratePerSecond, MAX_BATCH_SIZE),
    ...(input.localTime === undefined ? {} : { localTime: input.localTime }),
  });
  try {
    await services.temporal.workflow.start<BroadcastWorkflow>(BROADCAST_WORKFLOW, {
      // Beside the journeys, not among them: the broadcast's paging never delays a live journey.
      taskQueue: maintenanceTaskQueue(services.taskQueue),
      workflowId: broadcastWorkflowId(broadcast.id),
      args: [{ broadcastId: broadcast.id, scheduledAt: scheduledAt.toISOString() }],
    });
  } catch (error) {
    // Without its workflow the broadcast would stay "scheduled" for ever.
    await finishBroadcast(services.db, {
      broadcastId: broadcast.id,
      status: 'failed',
      error: 'The broadcast could not be started.',
    });
    throw error;
  }
  return broadcast;
}

/**
 * When the first members of a local-time broadcast enter. Every member's moment must still be
 * ahead: a time already past somewhere would reach those customers late, at an hour nobody chose.
 */
async function firstWaveAt(services: Services, segmentId: string, localTime: string, now: Date): Promise<Date> {
  const first = (await firstLocalInstant(services.db, segmentId, localTime)) ?? new Date(`${localTime}:00Z`);
  if (first <= now) {
    throw fieldError(
      'localTime',
      `${localTime.replace('T', ' ')} has already passed for some customers of the audience.`,
    );
  }
  return first;
}
