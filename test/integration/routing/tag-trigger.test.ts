import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPayloadConverter } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { routeTagAdded } from '@wayfarer/server';
import { journeyWorkflowId, type JourneyWorkflowInput } from '@wayfarer/workflows';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { createDevServerEnv } from '../../support/temporal';
import { createRoutingFixture, journeyGraph } from './support';

const TASK_QUEUE = 'routing-tag-test';

describe('"When a tag is added" trigger (real Postgres + Temporal, no worker)', () => {
  let env: TestWorkflowEnvironment;
  let database: TestDatabase;

  beforeAll(async () => {
    env = await createDevServerEnv();
    database = await createTestDatabase('routing_tag');
  });
  afterAll(async () => {
    await database?.drop();
    await env?.teardown();
  });

  async function startInput(workflowId: string): Promise<JourneyWorkflowInput> {
    const history = await env.client.workflow.getHandle(workflowId).fetchHistory();
    const payload = history.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads?.[0];
    if (!payload) throw new Error(`no input for ${workflowId}`);
    return defaultPayloadConverter.fromPayload<JourneyWorkflowInput>(payload);
  }

  it('starts only the live journeys triggered by that tag, through their tag trigger', async () => {
    const f = await createRoutingFixture(database, env.client, TASK_QUEUE);
    const vip = await f.publish('vip', journeyGraph({ tag: 'VIP' }));
    const vipToo = await f.publish('vip too', journeyGraph({ tag: 'VIP' }, { reentry: 'every' }));
    await f.publish('newcomer', journeyGraph({ tag: 'new' }));
    await f.publish('on event', journeyGraph({ event: 'VIP' }));
    const ann = await f.customer('ann');
    const bob = await f.customer('bob');

    const entries = await routeTagAdded(f.deps, {
      workspaceId: f.workspaceId,
      customerId: ann,
      tag: 'VIP',
      entryKey: 'grant-1',
    });
    expect(entries.map((entry) => [entry.journeyId, entry.status]).sort()).toEqual(
      [
        [vip, 'started'],
        [vipToo, 'started'],
      ].sort(),
    );
    const once = journeyWorkflowId(vip, ann);
    const every = journeyWorkflowId(vipToo, ann, 'grant-1');
    expect((await f.enrollments(ann)).map((enrollment) => enrollment.workflowId).sort()).toEqual([once, every].sort());
    const input = await startInput(once);
    expect(input).toMatchObject({ journeyId: vip, customerId: ann, entryStepId: 'trigger', entryEvent: null });
    // The version's IR travels with the start, so the workflow need not spend an action loading it.
    const version = await database.db
      .selectFrom('journeyVersions')
      .select('ir')
      .where('id', '=', input.journeyVersionId)
      .executeTakeFirstOrThrow();
    expect(input.ir).toEqual(version.ir);
    expect((await env.client.workflow.getHandle(every).describe()).status.name).toBe('RUNNING');
    expect(await f.enrollments(bob)).toEqual([]);
  });

  it('starts nothing for another tag, a tag in another case or another workspace', async () => {
    const f = await createRoutingFixture(database, env.client, TASK_QUEUE);
    const other = await createRoutingFixture(database, env.client, TASK_QUEUE);
    await f.publish('vip', journeyGraph({ tag: 'VIP' }));
    const cat = await other.customer('cat');
    const dan = await f.customer('dan');
    expect(await routeTagAdded(f.deps, { workspaceId: f.workspaceId, customerId: dan, tag: 'vip' })).toEqual([]);
    expect(await routeTagAdded(f.deps, { workspaceId: f.workspaceId, customerId: dan, tag: 'gold' })).toEqual([]);
    expect(await routeTagAdded(other.deps, { workspaceId: other.workspaceId, customerId: cat, tag: 'VIP' })).toEqual(
      [],
    );
    expect(await f.enrollments(dan)).toEqual([]);
  });

  it('follows the journey re-entry rule: a tag added again does not re-enter an "enter once" journey', async () => {
    const f = await createRoutingFixture(database, env.client, TASK_QUEUE);
    const vip = await f.publish('vip', journeyGraph({ tag: 'VIP' }, { reentry: 'once' }));
    const eve = await f.customer('eve');
    const add = () => routeTagAdded(f.deps, { workspaceId: f.workspaceId, customerId: eve, tag: 'VIP' });
    expect((await add()).map((entry) => entry.status)).toEqual(['started']);
    expect((await add()).map((entry) => entry.status)).toEqual(['running']);
    expect((await f.enrollments(eve)).map((enrollment) => enrollment.workflowId)).toEqual([
      journeyWorkflowId(vip, eve),
    ]);
  });
});
