// The Temporal Schedule behind a journey's date trigger (birthday, anniversary): one per journey,
// `date-trigger:<journeyId>`, firing the sweep every quarter hour. Its state follows the journey:
// live → running, paused → paused, archived or no date trigger in the live version → deleted.
import {
  ScheduleAlreadyRunning,
  ScheduleNotFoundError,
  ScheduleOverlapPolicy,
  type Client,
  type ScheduleUpdateOptions,
} from '@temporalio/client';
import type { Journey } from '@wayfarer/db';
import {
  DATE_TRIGGER_SWEEP_MINUTES,
  DATE_TRIGGER_SWEEP_WORKFLOW,
  dateTriggerScheduleId,
  type DateTriggerSweepInput,
  maintenanceTaskQueue,
} from '@wayfarer/workflows';
import type { Services } from '../services';

/** What keeping a schedule in step needs: Temporal, the task queue and the journey's live IR. */
export type ScheduleServices = Pick<Services, 'temporal' | 'taskQueue' | 'loadVersion'>;

type ScheduledJourney = Pick<Journey, 'id' | 'workspaceId' | 'status' | 'liveVersionId'>;

// What both creating and updating send (an update replaces the whole definition).
function scheduleDefinition(services: ScheduleServices, journey: ScheduledJourney): ScheduleUpdateOptions {
  const input: DateTriggerSweepInput = {
    workspaceId: journey.workspaceId,
    journeyId: journey.id,
    intervalMinutes: DATE_TRIGGER_SWEEP_MINUTES,
  };
  const paused = journey.status === 'paused';
  return {
    // Intervals count from the Unix epoch, so fires land on :00, :15, :30 and :45.
    spec: { intervals: [{ every: `${DATE_TRIGGER_SWEEP_MINUTES} minutes` }] },
    action: {
      type: 'startWorkflow',
      workflowType: DATE_TRIGGER_SWEEP_WORKFLOW,
      // Temporal appends each fire's time, so every sweep has an id of its own.
      workflowId: dateTriggerScheduleId(journey.id),
      taskQueue: maintenanceTaskQueue(services.taskQueue),
      args: [input],
    },
    // Each run sweeps the window ending at its own scheduled time: buffer every missed fire (after
    // an outage of up to a day) so no window is skipped, and run them one after another.
    policies: { overlap: ScheduleOverlapPolicy.BUFFER_ALL, catchupWindow: '1 day' },
    state: { paused, note: paused ? 'Journey paused' : 'Journey live' },
  };
}

async function upsertSchedule(services: ScheduleServices, journey: ScheduledJourney): Promise<void> {
  const scheduleId = dateTriggerScheduleId(journey.id);
  const definition = scheduleDefinition(services, journey);
  try {
    await services.temporal.schedule.create({ scheduleId, ...definition });
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    await services.temporal.schedule.getHandle(scheduleId).update(() => definition);
  }
}

/** Deletes the journey's schedule; one that does not exist is already what we want. */
export async function deleteDateTriggerSchedule(temporal: Client, journeyId: string): Promise<void> {
  try {
    await temporal.schedule.getHandle(dateTriggerScheduleId(journeyId)).delete();
  } catch (error) {
    if (!(error instanceof ScheduleNotFoundError)) throw error;
  }
}

async function hasDateTrigger(services: ScheduleServices, versionId: string | null): Promise<boolean> {
  if (versionId === null) return false;
  const ir = await services.loadVersion(versionId);
  return ir.triggers.some(({ match }) => match.on === 'date');
}

/**
 * Brings the journey's schedule in line with the journey: created or updated (running when live,
 * paused when paused) while its live version has a date trigger, deleted when it is archived or
 * the version that replaced `previousVersionId` has none. Journeys that never had a date trigger
 * never touch Temporal. Idempotent; call it after every publish and status change.
 */
export async function syncDateTriggerSchedule(
  services: ScheduleServices,
  journey: ScheduledJourney,
  previousVersionId: string | null = null,
): Promise<void> {
  const active = journey.status === 'live' || journey.status === 'paused';
  const live = await hasDateTrigger(services, journey.liveVersionId);
  if (active && live) return upsertSchedule(services, journey);
  if (live || (await hasDateTrigger(services, previousVersionId))) {
    await deleteDateTriggerSchedule(services.temporal, journey.id);
  }
}
