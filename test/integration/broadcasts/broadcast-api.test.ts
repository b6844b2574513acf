import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace, setJourneyStatus } from '@wayfarer/db';
import { broadcastWorkflowId, journeyWorkflowId, type BroadcastProgress } from '@wayfarer/workflows';
import { eventually } from '../../support/eventually';
import { createDevServerEnv } from '../../support/temporal';
import {
  broadcastJourney,
  broadcastOnlyActivities,
  countEnrollments,
  createBroadcastFixture,
  seedSegment,
  type BroadcastFixture,
} from './support';

async function errorCode(call: Promise<unknown>): Promise<string | undefined> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) return (error.data as { code?: string } | undefined)?.code;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('broadcasts API (real Postgres + Temporal dev server)', () => {
  let env: TestWorkflowEnvironment;
  let fixture: BroadcastFixture;
  let worker: { stop(): Promise<void> } | undefined;
  const journeyQueue = `broadcast-api-journeys-${randomUUID()}`;

  beforeAll(async () => {
    env = await createDevServerEnv();
    fixture = await createBroadcastFixture('broadcast_api', env);
    worker = await fixture.startBroadcastOnlyWorker(broadcastOnlyActivities(fixture, env.client, journeyQueue));
  });
  afterAll(async () => {
    await worker?.stop();
    await fixture?.close();
    await env?.teardown();
  });

  const result = (id: string) =>
    env.client.workflow.getHandle(broadcastWorkflowId(id)).result() as Promise<BroadcastProgress>;

  it('refuses journeys that cannot be broadcast, and segments of another workspace', async () => {
    const { db } = fixture.database;
    const segmentId = await seedSegment(db, fixture.workspaceId, 3);
    const live = await fixture.publish(broadcastJourney(segmentId));
    await setJourneyStatus(db, fixture.workspaceId, live, 'paused');
    expect(await errorCode(fixture.api.broadcasts.start.mutate({ journeyId: live }))).toBe('PRECONDITION_FAILED');

    const apiOnly = await fixture.publish({
      nodes: [
        { id: 'api', type: 'core.trigger.api' },
        { id: 'end', type: 'core.end' },
      ],
      edges: [{ id: 'e1', source: 'api', sourceHandle: 'out', target: 'end' }],
    });
    expect(await errorCode(fixture.api.broadcasts.start.mutate({ journeyId: apiOnly }))).toBe('PRECONDITION_FAILED');

    const other = await createWorkspace(db, 'Other');
    const foreignSegment = await seedSegment(db, other.id, 2);
    const foreign = await fixture.publish(broadcastJourney(foreignSegment));
    expect(await errorCode(fixture.api.broadcasts.start.mutate({ journeyId: foreign }))).toBe('NOT_FOUND');

    expect(await errorCode(fixture.api.broadcasts.get.query({ id: randomUUID() }))).toBe('NOT_FOUND');
    expect(await errorCode(fixture.api.broadcasts.list.query({ journeyId: randomUUID() }))).toBe('NOT_FOUND');
    expect(await errorCode(fixture.api.broadcasts.start.mutate({ journeyId: live, ratePerSecond: 0 }))).toBe(
      'BAD_REQUEST',
    );
  });

  it('a second broadcast enters nobody twice under "once", everyone again under "every"', async () => {
    const { db } = fixture.database;
    const segmentId = await seedSegment(db, fixture.workspaceId, 30);
    const once = await fixture.publish(broadcastJourney(segmentId, { reentry: 'once' }));
    const every = await fixture.publish(broadcastJourney(segmentId, { reentry: 'every' }));

    for (const journeyId of [once, every]) {
      const first = await fixture.api.broadcasts.start.mutate({ journeyId, ratePerSecond: 1_000 });
      expect(await result(first.id)).toMatchObject({ status: 'completed', total: 30, enrolled: 30, skipped: 0 });
      const second = await fixture.api.broadcasts.start.mutate({ journeyId, ratePerSecond: 1_000 });
      const expected = journeyId === once ? { enrolled: 0, skipped: 30 } : { enrolled: 30, skipped: 0 };
      expect(await result(second.id)).toMatchObject({ status: 'completed', total: 30, ...expected });
      expect((await fixture.api.broadcasts.list.query({ journeyId })).map((view) => view.id)).toEqual([
        second.id,
        first.id,
      ]);
    }
    expect(await countEnrollments(db, once)).toEqual({ rows: 30, customers: 30 });
    expect(await countEnrollments(db, every)).toEqual({ rows: 60, customers: 30 });
    const [member] = await db
      .selectFrom('segmentMemberships')
      .select('customerId')
      .where('segmentId', '=', segmentId)
      .execute();
    if (!member) throw new Error('no member');
    const onceIds = await db
      .selectFrom('enrollments')
      .select('workflowId')
      .where('journeyId', '=', once)
      .where('customerId', '=', member.customerId)
      .execute();
    expect(onceIds).toEqual([{ workflowId: journeyWorkflowId(once, member.customerId) }]);
  });

  it('cancel stops further batches; members already entered stay', async () => {
    const { db } = fixture.database;
    const segmentId = await seedSegment(db, fixture.workspaceId, 400);
    const journeyId = await fixture.publish(broadcastJourney(segmentId));
    // 20 a second in batches of 20: about 20 seconds, plenty of time to cancel part-way.
    const started = await fixture.api.broadcasts.start.mutate({ journeyId, ratePerSecond: 20 });
    expect(started.batchSize).toBe(20);
    await eventually(async () => {
      const view = await fixture.api.broadcasts.get.query({ id: started.id });
      return view.enrolled >= 20 ? view : undefined;
    });

    const cancelled = await fixture.api.broadcasts.cancel.mutate({ id: started.id });
    expect(cancelled.status).toBe('cancelled');
    const final = await result(started.id);
    expect(final.status).toBe('cancelled');
    expect(final.enrolled).toBeLessThan(400);
    // The workflow has ended: nothing can enter any more, and the count matches the rows.
    const view = await fixture.api.broadcasts.get.query({ id: started.id });
    expect(view).toMatchObject({ status: 'cancelled', enrolled: final.enrolled, finishedAt: expect.any(String) });
    expect(await countEnrollments(db, journeyId)).toEqual({ rows: final.enrolled, customers: final.enrolled });
    expect((await fixture.api.broadcasts.cancel.mutate({ id: started.id })).status).toBe('cancelled');
  });

  it('a broadcast workflow cancelled through Temporal records the cancel', async () => {
    const { db } = fixture.database;
    const segmentId = await seedSegment(db, fixture.workspaceId, 200);
    const journeyId = await fixture.publish(broadcastJourney(segmentId));
    const started = await fixture.api.broadcasts.start.mutate({ journeyId, ratePerSecond: 20 });
    await eventually(async () =>
      (await fixture.api.broadcasts.get.query({ id: started.id })).enrolled >= 20 ? true : undefined,
    );
    const handle = env.client.workflow.getHandle(broadcastWorkflowId(started.id));
    await handle.cancel();
    await expect(handle.result()).rejects.toThrow();
    const view = await fixture.api.broadcasts.get.query({ id: started.id });
    expect(view).toMatchObject({ status: 'cancelled', finishedAt: expect.any(String) });
    expect((await countEnrollments(db, journeyId)).rows).toBe(view.enrolled);
  });

  it('pausing the journey stops its broadcast before the next batch', async () => {
    const { db } = fixture.database;
    const segmentId = await seedSegment(db, fixture.workspaceId, 200);
    const journeyId = await fixture.publish(broadcastJourney(segmentId));
    const started = await fixture.api.broadcasts.start.mutate({ journeyId, ratePerSecond: 20 });
    await eventually(async () =>
      (await fixture.api.broadcasts.get.query({ id: started.id })).enrolled >= 20 ? true : undefined,
    );
    await setJourneyStatus(db, fixture.workspaceId, journeyId, 'paused');
    const final = await result(started.id);
    expect(final.status).toBe('cancelled');
    expect(final.enrolled).toBeLessThan(200);
    expect((await fixture.api.broadcasts.get.query({ id: started.id })).error).toContain('paused');
    expect((await countEnrollments(db, journeyId)).rows).toBe(final.enrolled);
  });
});
