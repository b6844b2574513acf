import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROADCAST_PROGRESS_QUERY,
  broadcastWorkflowId,
  type BroadcastProgress,
  type BroadcastWorkflow,
} from '@wayfarer/workflows';
import { createTimeSkippingEnv } from '../../support/temporal';
import {
  broadcastJourney,
  countEnrollments,
  createBroadcastFixture,
  seedSegment,
  type BroadcastFixture,
} from './support';

const HOUR = 3_600_000;

describe('scheduled broadcasts (time-skipping Temporal, real Postgres, the production worker)', () => {
  let env: TestWorkflowEnvironment;
  let fixture: BroadcastFixture;
  let worker: { stop(): Promise<void> } | undefined;

  beforeAll(async () => {
    env = await createTimeSkippingEnv();
    fixture = await createBroadcastFixture('broadcast_schedule', env);
    worker = await fixture.startWorker();
  });
  afterAll(async () => {
    await worker?.stop();
    await fixture?.close();
    await env?.teardown();
  });

  const handleOf = (id: string) => env.client.workflow.getHandle<BroadcastWorkflow>(broadcastWorkflowId(id));

  it('a broadcast cancelled before its time enters nobody', async () => {
    const { db } = fixture.database;
    const segmentId = await seedSegment(db, fixture.workspaceId, 10);
    const journeyId = await fixture.publish(broadcastJourney(segmentId));
    const at = new Date((await env.currentTimeMs()) + 24 * HOUR).toISOString();
    const scheduled = await fixture.api.broadcasts.start.mutate({ journeyId, at });
    expect(scheduled).toMatchObject({ status: 'scheduled', scheduledAt: at });

    expect((await fixture.api.broadcasts.cancel.mutate({ id: scheduled.id })).status).toBe('cancelled');
    // Skipping time until the workflow ends: it stops at once rather than waiting for its time.
    expect(await handleOf(scheduled.id).result()).toMatchObject({ status: 'cancelled', total: null, enrolled: 0 });
    expect(await countEnrollments(db, journeyId)).toEqual({ rows: 0, customers: 0 });
  });

  it('starts nobody before the scheduled time, then everyone', async () => {
    const { db } = fixture.database;
    const segmentId = await seedSegment(db, fixture.workspaceId, 25);
    const journeyId = await fixture.publish(broadcastJourney(segmentId, { reentry: 'every' }));
    // From the test server's clock, which earlier skips moved ahead of the wall clock.
    const at = new Date((await env.currentTimeMs()) + 2 * HOUR).toISOString();
    const scheduled = await fixture.api.broadcasts.start.mutate({ journeyId, at, ratePerSecond: 10 });
    const handle = handleOf(scheduled.id);

    // An hour and 59 minutes later (skipped), still nothing has started.
    await env.sleep(2 * HOUR - 60_000);
    expect(await handle.query<BroadcastProgress>(BROADCAST_PROGRESS_QUERY)).toMatchObject({ status: 'scheduled' });
    expect(await fixture.api.broadcasts.get.query({ id: scheduled.id })).toMatchObject({
      status: 'scheduled',
      total: null,
      enrolled: 0,
      startedAt: null,
    });
    expect(await countEnrollments(db, journeyId)).toEqual({ rows: 0, customers: 0 });

    // Past the time, the batches of 10 run (their pauses skipped too) until everyone is in.
    expect(await handle.result()).toMatchObject({ status: 'completed', total: 25, enrolled: 25, skipped: 0 });
    expect(await countEnrollments(db, journeyId)).toEqual({ rows: 25, customers: 25 });
    const view = await fixture.api.broadcasts.get.query({ id: scheduled.id });
    expect(view).toMatchObject({ status: 'completed', processed: 25, startedAt: expect.any(String) });
  });
});
