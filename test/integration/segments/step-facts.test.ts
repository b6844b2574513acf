// The worker's step activity routes what a step's profile changes cause once they commit: tags it
// added start "tag added" journeys and segments are re-evaluated, also when a retried attempt finds
// the step's receipt (the attempt that committed died before routing). Postgres + Temporal, no worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockActivityEnvironment, type TestWorkflowEnvironment } from '@temporalio/testing';
import { loadRuntimeRegistry } from '@wayfarer/config';
import { addCustomerTags, createSegment, enrollCustomer, listSegmentMemberIds } from '@wayfarer/db';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { segmentDefinitionSchema } from '@wayfarer/segments';
import { createJourneyActivities } from '@wayfarer/worker';
import type { RunStepInput } from '@wayfarer/workflows';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { createDevServerEnv } from '../../support/temporal';
import { createRoutingFixture, journeyGraph, type RoutingFixture } from '../routing/support';

const TASK_QUEUE = 'segment-step-facts-test';

const tagging: JourneyGraphInput = {
  nodes: [
    { id: 'trigger', type: 'core.trigger.event', data: { config: { event: 'signed_up', where: [] } } },
    { id: 'tag', type: 'core.tag', data: { config: { add: ['VIP', 'known'] } } },
    { id: 'end', type: 'core.end' },
  ],
  edges: [
    { id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'tag' },
    { id: 'e2', source: 'tag', sourceHandle: 'out', target: 'end' },
  ],
};

describe('facts of journey steps, routed by the step activity', () => {
  let env: TestWorkflowEnvironment;
  let database: TestDatabase;
  let runtimes: Awaited<ReturnType<typeof loadRuntimeRegistry>>;

  beforeAll(async () => {
    env = await createDevServerEnv();
    database = await createTestDatabase('segment_step_facts');
    runtimes = await loadRuntimeRegistry();
  });
  afterAll(async () => {
    await database?.drop();
    await env?.teardown();
  });

  /** A tag step's input for a customer enrolled in the tagging journey. */
  async function tagStep(f: RoutingFixture, customerId: string): Promise<RunStepInput> {
    const journeyId = await f.publish(`tagging ${customerId}`, tagging);
    const version = await database.db
      .selectFrom('journeyVersions')
      .select('id')
      .where('journeyId', '=', journeyId)
      .executeTakeFirstOrThrow();
    const { enrollment } = await enrollCustomer(database.db, {
      workspaceId: f.workspaceId,
      journeyId,
      journeyVersionId: version.id,
      customerId,
      workflowId: `journey:${journeyId}:customer:${customerId}`,
      entryStepId: 'trigger',
      entryEventId: null,
    });
    return {
      workspaceId: f.workspaceId,
      journeyId,
      journeyVersionId: version.id,
      enrollmentId: enrollment.id,
      customerId,
      stepId: 'tag',
      visit: 1,
      idempotencyKey: `${enrollment.workflowId}:tag:1`,
      entryEvent: null,
      journeyEvents: [],
      trail: [],
    };
  }

  it('a tag added by a step starts the tag-added journeys; one the customer had does not', async () => {
    const f = await createRoutingFixture(database, env.client, TASK_QUEUE);
    const onVip = await f.publish('on VIP', journeyGraph({ tag: 'VIP' }, { reentry: 'every' }));
    const onKnown = await f.publish('on known', journeyGraph({ tag: 'known' }, { reentry: 'every' }));
    const vipSegment = await createSegment(
      database.db,
      f.workspaceId,
      segmentDefinitionSchema.parse({ name: 'VIP', rule: { type: 'tag', tag: 'VIP' } }),
    );
    const ann = await f.customer('ann');
    await addCustomerTags(database.db, { workspaceId: f.workspaceId, customerId: ann, tags: ['known'], source: 'api' });
    const activities = createJourneyActivities({ db: database.db, runtimes, routing: f.deps });

    expect(await activities.runStep(await tagStep(f, ann))).toMatchObject({ port: 'out' });
    const entered = (await f.enrollments(ann)).filter((row) => row.journeyId === onVip || row.journeyId === onKnown);
    expect(entered.map((row) => row.journeyId)).toEqual([onVip]);
    expect(await listSegmentMemberIds(database.db, vipSegment.id, { limit: 10 })).toEqual([ann]);
  });

  it('a retry that finds the receipt routes what the committed attempt did not, and only once', async () => {
    const f = await createRoutingFixture(database, env.client, TASK_QUEUE);
    const onVip = await f.publish('on VIP', journeyGraph({ tag: 'VIP' }, { reentry: 'every' }));
    const bob = await f.customer('bob');
    const input = await tagStep(f, bob);
    // The first attempt commits the step, then dies before routing (modelled by an activity without routing).
    await createJourneyActivities({ db: database.db, runtimes }).runStep(input);
    expect((await f.enrollments(bob)).filter((row) => row.journeyId === onVip)).toEqual([]);

    const routed = createJourneyActivities({ db: database.db, runtimes, routing: f.deps });
    await new MockActivityEnvironment({ attempt: 2 }).run(routed.runStep, input);
    await new MockActivityEnvironment({ attempt: 3 }).run(routed.runStep, input);
    expect((await f.enrollments(bob)).filter((row) => row.journeyId === onVip)).toHaveLength(1);
  });
});
