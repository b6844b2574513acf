import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROADCAST_PROGRESS_QUERY,
  broadcastWorkflowId,
  STATE_QUERY,
  type BroadcastProgress,
  type JourneyState,
} from '@wayfarer/workflows';
import { eventually } from '../../support/eventually';
import { createDevServerEnv } from '../../support/temporal';
import {
  broadcastJourney,
  countEnrollments,
  countJourneyWorkflows,
  createBroadcastFixture,
  seedSegment,
  type BroadcastFixture,
} from './support';

const MEMBERS = 10_000;
// The production worker runs the broadcast and the 10,000 journeys it starts (each soon asleep in
// its 30-day wait). Measured on the 2-core machine: about 2 minutes (117 s for the broadcast) when
// it is otherwise quiet, and several times longer when other work loads it (the dev server's start
// rate falls from ~200/s to ~40/s), hence the generous limit.
const LIMIT_MS = 900_000;

describe('a broadcast to 10,000 customers (real Postgres + Temporal dev server)', () => {
  let env: TestWorkflowEnvironment;
  let fixture: BroadcastFixture;
  let worker: { stop(): Promise<void> } | undefined;

  beforeAll(async () => {
    env = await createDevServerEnv();
    fixture = await createBroadcastFixture('broadcast_10k', env);
    worker = await fixture.startWorker();
  });
  afterAll(async () => {
    await worker?.stop();
    await fixture?.close();
    await env?.teardown();
  });

  it(
    'starts each member exactly once and reports progress while running and at the end',
    { timeout: LIMIT_MS },
    async () => {
      const { db } = fixture.database;
      const segmentId = await seedSegment(db, fixture.workspaceId, MEMBERS);
      const journeyId = await fixture.publish(broadcastJourney(segmentId));
      const began = Date.now();

      const started = await fixture.api.broadcasts.start.mutate({ journeyId, ratePerSecond: 1_000 });
      expect(started).toMatchObject({ status: 'scheduled', batchSize: 500, enrolled: 0, total: null });

      // Part-way: the API and the workflow's query both show a running broadcast with some members entered.
      const midway = await eventually(async () => {
        const view = await fixture.api.broadcasts.get.query({ id: started.id });
        return view.status === 'running' && view.enrolled > 0 && view.enrolled < MEMBERS ? view : undefined;
      }, LIMIT_MS);
      expect(midway.total).toBe(MEMBERS);
      const handle = env.client.workflow.getHandle(broadcastWorkflowId(started.id));
      const queried = await handle.query<BroadcastProgress>(BROADCAST_PROGRESS_QUERY);
      expect(queried.total).toBe(MEMBERS);

      const final = await handle.result();
      const seconds = (Date.now() - began) / 1000;
      console.log(`broadcast of ${MEMBERS} took ${seconds.toFixed(1)} s (${(MEMBERS / seconds).toFixed(0)}/s)`);
      expect(final).toMatchObject({ status: 'completed', total: MEMBERS, enrolled: MEMBERS, skipped: 0 });
      expect(await fixture.api.broadcasts.get.query({ id: started.id })).toMatchObject({
        status: 'completed',
        total: MEMBERS,
        enrolled: MEMBERS,
        skipped: 0,
        processed: MEMBERS,
        finishedAt: expect.any(String),
      });
      expect(await fixture.api.broadcasts.list.query({ journeyId })).toEqual([
        expect.objectContaining({ id: started.id, status: 'completed' }),
      ]);

      // Exactly once: one enrollment per member, and as many journey workflows in Temporal.
      expect(await countEnrollments(db, journeyId)).toEqual({ rows: MEMBERS, customers: MEMBERS });
      await eventually(async () =>
        (await countJourneyWorkflows(env, fixture.taskQueue)) === MEMBERS ? true : undefined,
      );
      // The journeys run: a member's workflow is waiting in the journey's 30-day wait.
      const member = await db
        .selectFrom('enrollments')
        .select('workflowId')
        .where('journeyId', '=', journeyId)
        .executeTakeFirstOrThrow();
      const state = await eventually(async () => {
        const answer = await env.client.workflow.getHandle(member.workflowId).query<JourneyState>(STATE_QUERY);
        return answer.currentStepId === 'wait' ? answer : undefined;
      });
      expect(state.waitingFor?.kind).toBe('timer');
    },
  );
});
