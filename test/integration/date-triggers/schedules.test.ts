import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScheduleNotFoundError, type ScheduleDescription } from '@temporalio/client';
import { DATE_TRIGGER_SWEEP_WORKFLOW, dateTriggerScheduleId, type DateTriggerSweepSummary } from '@wayfarer/workflows';
import { eventually } from '../../support/eventually';
import { apiClient, createWorkspaceWithKey, ingest, startStack, type ApiClient, type Stack } from '../../support/stack';
import { dateJourneyGraph } from './support';

const eventGraph = {
  nodes: [
    { id: 'signup', type: 'core.trigger.event', data: { config: { event: 'signed_up', where: [] } } },
    { id: 'end', type: 'core.end' },
  ],
  edges: [{ id: 'e1', source: 'signup', sourceHandle: 'out', target: 'end' }],
};

describe('date-trigger schedules follow the journey (API + Temporal dev server)', () => {
  let stack: Stack;
  let api: ApiClient;
  let workspaceId: string;
  let key: string;

  beforeAll(async () => {
    stack = await startStack('date_schedules');
    const workspace = await createWorkspaceWithKey(stack, 'Schedules');
    workspaceId = workspace.workspaceId;
    key = workspace.key;
    api = apiClient(stack, workspace.key);
  });
  afterAll(async () => {
    await stack?.close();
  });

  const describeSchedule = (journeyId: string) =>
    stack.env.client.schedule.getHandle(dateTriggerScheduleId(journeyId)).describe();

  async function scheduleGone(journeyId: string): Promise<boolean> {
    try {
      await describeSchedule(journeyId);
      return false;
    } catch (error) {
      if (error instanceof ScheduleNotFoundError) return true;
      throw error;
    }
  }

  async function createAndPublish(graph: unknown): Promise<string> {
    const { id } = await api.journeys.create.mutate({ name: `Birthday ${Date.now()}`, graph: graph as never });
    await api.journeys.publish.mutate({ journeyId: id });
    return id;
  }

  it('publishing creates the schedule: every 15 minutes, sweeping this journey on the journey task queue', async () => {
    const journeyId = await createAndPublish(dateJourneyGraph({ attribute: 'birthday', at: '09:00' }));
    const schedule: ScheduleDescription = await describeSchedule(journeyId);
    expect(schedule.spec.intervals).toMatchObject([{ every: 15 * 60_000 }]);
    expect(schedule.action).toMatchObject({
      type: 'startWorkflow',
      workflowType: DATE_TRIGGER_SWEEP_WORKFLOW,
      workflowId: dateTriggerScheduleId(journeyId),
      args: [{ workspaceId, journeyId, intervalMinutes: 15 }],
    });
    expect(schedule.policies.overlap).toBe('BUFFER_ALL');
    expect(schedule.state.paused).toBe(false);

    await api.journeys.pause.mutate({ journeyId });
    expect((await describeSchedule(journeyId)).state.paused).toBe(true);
    await api.journeys.resume.mutate({ journeyId });
    expect((await describeSchedule(journeyId)).state.paused).toBe(false);
    // Publishing a paused journey makes it live again, and its schedule with it.
    await api.journeys.pause.mutate({ journeyId });
    await api.journeys.publish.mutate({ journeyId });
    expect((await describeSchedule(journeyId)).state.paused).toBe(false);

    await api.journeys.archive.mutate({ journeyId });
    expect(await scheduleGone(journeyId)).toBe(true);
  });

  it('a published version without a date trigger deletes the schedule; one without ever makes none', async () => {
    const journeyId = await createAndPublish(dateJourneyGraph({ attribute: 'signed_up_at', offsetDays: 365 }));
    expect((await describeSchedule(journeyId)).state.paused).toBe(false);
    const { draftRevision } = await api.journeys.get.query({ journeyId });
    await api.journeys.saveDraft.mutate({ journeyId, graph: eventGraph, expectedRevision: draftRevision });
    await api.journeys.publish.mutate({ journeyId });
    expect(await scheduleGone(journeyId)).toBe(true);

    const plain = await createAndPublish(eventGraph);
    expect(await scheduleGone(plain)).toBe(true);
    await api.journeys.pause.mutate({ journeyId: plain });
    expect(await scheduleGone(plain)).toBe(true);
  });

  it('a fire sweeps the quarter hour ending at its scheduled time on the worker', async () => {
    const journeyId = await createAndPublish(dateJourneyGraph({ attribute: 'birthday' }));
    const handle = stack.env.client.schedule.getHandle(dateTriggerScheduleId(journeyId));
    await handle.trigger();
    const run = await eventually(async () => (await handle.describe()).info.recentActions.at(-1));
    const summary = (await stack.env.client.workflow
      .getHandle(run.action.workflow.workflowId, run.action.workflow.firstExecutionRunId)
      .result()) as DateTriggerSweepSummary;
    // Temporal keeps the scheduled time to the second; a hand-started run would end at a quarter hour.
    expect(Math.abs(new Date(summary.window.to).getTime() - run.scheduledAt.getTime())).toBeLessThan(1000);
    expect(new Date(summary.window.to).getTime() - new Date(summary.window.from).getTime()).toBe(15 * 60_000);
    expect(summary).toMatchObject({ scanned: 0, started: 0 });
  });

  it('an admin runs the date trigger now for one customer, whatever their date says', async () => {
    const journeyId = await createAndPublish(dateJourneyGraph({ attribute: 'birthday', at: '09:00' }));
    const birthday = new Date(Date.now() + 100 * 86_400_000).toISOString().slice(0, 10);
    const identify = { userId: 'ana', traits: { birthday, timezone: 'Asia/Taipei' } };
    expect((await ingest(stack, key, '/v1/identify', identify)).status).toBe(200);

    const ran = await api.journeys.runDateTrigger.mutate({ journeyId, userId: 'ana' });
    expect(ran.status).toBe('started');
    const enrollment = await stack.database.db
      .selectFrom('enrollments')
      .select(['entryStepId', 'journeyId'])
      .where('id', '=', ran.enrollmentId)
      .executeTakeFirstOrThrow();
    expect(enrollment).toEqual({ entryStepId: 'date', journeyId });

    await expect(api.journeys.runDateTrigger.mutate({ journeyId, userId: 'nobody' })).rejects.toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
    const nobody = await stack.database.db
      .selectFrom('customers')
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where('externalId', '=', 'nobody')
      .execute();
    expect(nobody).toEqual([]);
    const withoutDate = await createAndPublish(eventGraph);
    await expect(api.journeys.runDateTrigger.mutate({ journeyId: withoutDate, userId: 'ana' })).rejects.toMatchObject({
      data: { code: 'PRECONDITION_FAILED' },
    });
  });
});
