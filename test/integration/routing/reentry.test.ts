import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPayloadConverter, WorkflowNotFoundError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { enrollCustomer, finishEnrollment, insertEvent } from '@wayfarer/db';
import { routeEvent } from '@wayfarer/server';
import { journeyWorkflowId, type JourneyWorkflowInput } from '@wayfarer/workflows';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { createDevServerEnv } from '../../support/temporal';
import { createRoutingFixture, daysLater, journeyGraph, type RoutingFixture } from './support';

const TASK_QUEUE = 'routing-reentry-test';

// No worker polls the queue: started workflows stay open, so each test sees exactly what routing did.
describe('re-entry rules and entry limits (real Postgres + Temporal, no worker)', () => {
  let env: TestWorkflowEnvironment;
  let database: TestDatabase;

  beforeAll(async () => {
    env = await createDevServerEnv();
    database = await createTestDatabase('routing_reentry');
  });
  afterAll(async () => {
    await database?.drop();
    await env?.teardown();
  });

  const fixture = () => createRoutingFixture(database, env.client, TASK_QUEUE);

  async function workflowStatus(workflowId: string): Promise<string | undefined> {
    try {
      return (await env.client.workflow.getHandle(workflowId).describe()).status.name;
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return undefined;
      throw error;
    }
  }

  async function startInput(workflowId: string): Promise<JourneyWorkflowInput> {
    const history = await env.client.workflow.getHandle(workflowId).fetchHistory();
    const payload = history.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads?.[0];
    if (!payload) throw new Error(`no input for ${workflowId}`);
    return defaultPayloadConverter.fromPayload<JourneyWorkflowInput>(payload);
  }

  async function finish(f: RoutingFixture, workflowId: string): Promise<void> {
    const [enrollment] = await f.deps.db
      .selectFrom('enrollments')
      .select('id')
      .where('workflowId', '=', workflowId)
      .execute();
    if (!enrollment) throw new Error(`no enrollment ${workflowId}`);
    await finishEnrollment(f.deps.db, { enrollmentId: enrollment.id, status: 'completed' });
    await env.client.workflow.getHandle(workflowId).terminate('finished by the test');
  }

  it('"once": a second event, even after the customer finished, enters no more', async () => {
    const f = await fixture();
    const journeyId = await f.publish('once', journeyGraph({ event: 'signed_up' }, { reentry: 'once' }));
    const ann = await f.customer('ann');
    const first = await f.track(ann, 'signed_up', 'o1');
    expect(first.entries).toMatchObject([{ journeyId, status: 'started' }]);
    const workflowId = journeyWorkflowId(journeyId, ann);
    expect(await workflowStatus(workflowId)).toBe('RUNNING');

    const second = await f.track(ann, 'signed_up', 'o2');
    expect(second.entries).toMatchObject([{ journeyId, status: 'running', enrollment: { workflowId } }]);
    await finish(f, workflowId);
    f.clock.now = daysLater(f.clock.now, 400);
    const third = await f.track(ann, 'signed_up', 'o3');
    expect(third.entries).toMatchObject([{ journeyId, status: 'finished' }]);
    expect((await f.enrollments(ann)).map((enrollment) => enrollment.workflowId)).toEqual([workflowId]);
  });

  it('"after_exit": refused while inside, allowed once the enrollment finished', async () => {
    const f = await fixture();
    const journeyId = await f.publish(
      'again',
      journeyGraph({ event: 'visit' }, { reentry: 'after_exit', goal: { event: 'visit', where: [] } }),
    );
    const bob = await f.customer('bob');
    const first = await f.track(bob, 'visit', 'a1');
    const firstId = journeyWorkflowId(journeyId, bob, first.eventId);
    expect(first.entries).toMatchObject([{ status: 'started', enrollment: { workflowId: firstId } }]);
    expect(await workflowStatus(firstId)).toBe('RUNNING');

    const whileInside = await f.track(bob, 'visit', 'a2');
    expect(whileInside.entries).toMatchObject([{ status: 'running', enrollment: { workflowId: firstId } }]);
    // The refused event still reaches the running enrollment (its goal) as a signal.
    expect(whileInside.signalled).toEqual([firstId]);
    expect(await f.enrollments(bob)).toHaveLength(1);

    await finish(f, firstId);
    const after = await f.track(bob, 'visit', 'a3');
    const secondId = journeyWorkflowId(journeyId, bob, after.eventId);
    expect(after.entries).toMatchObject([{ status: 'started', enrollment: { workflowId: secondId } }]);
    expect(await workflowStatus(secondId)).toBe('RUNNING');
    expect((await f.enrollments(bob)).map((enrollment) => enrollment.status)).toEqual(['completed', 'running']);
  });

  it('"every" with a cooldown: refused within the window since the last entry, allowed after it', async () => {
    const f = await fixture();
    const journeyId = await f.publish(
      'weekly',
      journeyGraph({ event: 'check_in' }, { reentry: 'every', reentryCooldown: { amount: 7, unit: 'days' } }),
    );
    const cat = await f.customer('cat');
    const start = f.clock.now;
    const first = await f.track(cat, 'check_in', 'e1');
    expect(first.entries).toMatchObject([{ status: 'started' }]);

    f.clock.now = daysLater(start, 6);
    const tooSoon = await f.track(cat, 'check_in', 'e2');
    expect(tooSoon.entries).toMatchObject([
      { status: 'cooldown', enrollment: { workflowId: journeyWorkflowId(journeyId, cat, first.eventId) } },
    ]);
    expect(await workflowStatus(journeyWorkflowId(journeyId, cat, tooSoon.eventId))).toBeUndefined();

    // Still inside the first entry: "every" does not wait for it to finish.
    f.clock.now = daysLater(start, 7);
    const later = await f.track(cat, 'check_in', 'e3');
    const laterId = journeyWorkflowId(journeyId, cat, later.eventId);
    expect(later.entries).toMatchObject([{ status: 'started', enrollment: { workflowId: laterId } }]);
    expect(await workflowStatus(laterId)).toBe('RUNNING');
    expect((await f.enrollments(cat)).map((enrollment) => enrollment.enteredAt)).toEqual([start, daysLater(start, 7)]);
  });

  it('"always" journeys (the old setting) enter on every event, as "every" with no cooldown', async () => {
    const f = await fixture();
    const journeyId = await f.publish('legacy', journeyGraph({ event: 'ping' }, { reentry: 'always' }));
    const dan = await f.customer('dan');
    const events = [await f.track(dan, 'ping', 'l1'), await f.track(dan, 'ping', 'l2')];
    expect(events.map((event) => event.entries[0]?.status)).toEqual(['started', 'started']);
    expect((await f.enrollments(dan)).map((enrollment) => enrollment.workflowId)).toEqual(
      events.map((event) => journeyWorkflowId(journeyId, dan, event.eventId)),
    );
  });

  it('routing the same event again finds its own entry, even within the cooldown', async () => {
    const f = await fixture();
    await f.publish(
      'retry',
      journeyGraph({ event: 'buy' }, { reentry: 'every', reentryCooldown: { amount: 1, unit: 'days' } }),
    );
    const eve = await f.customer('eve');
    const first = await f.track(eve, 'buy', 'r1');
    const again = await f.track(eve, 'buy', 'r1');
    expect(again.eventId).toBe(first.eventId);
    expect(again.entries).toMatchObject([{ status: 'running', enrollment: { id: first.entries[0]?.enrollment?.id } }]);
    expect(await f.enrollments(eve)).toHaveLength(1);
  });

  it('after a crash between recording and starting, only the recorded entry event starts the workflow', async () => {
    const f = await fixture();
    const journeyId = await f.publish('once', journeyGraph({ event: 'joined' }, { reentry: 'once' }));
    const gus = await f.customer('gus');
    const { event: recorded } = await insertEvent(f.deps.db, {
      workspaceId: f.workspaceId,
      customerId: gus,
      messageId: 'crashed',
      kind: 'track',
      name: 'joined',
      properties: {},
      timestamp: f.clock.now,
    });
    const [version] = await f.deps.db
      .selectFrom('journeyVersions')
      .select('id')
      .where('journeyId', '=', journeyId)
      .execute();
    const workflowId = journeyWorkflowId(journeyId, gus);
    await enrollCustomer(f.deps.db, {
      workspaceId: f.workspaceId,
      journeyId,
      journeyVersionId: version?.id ?? '',
      customerId: gus,
      workflowId,
      entryStepId: 'trigger',
      entryEventId: recorded.id,
    });
    const other = await f.track(gus, 'joined', 'other');
    expect(other.entries).toMatchObject([{ status: 'running', enrollment: { entryEventId: recorded.id } }]);
    expect(await workflowStatus(workflowId)).toBeUndefined();
    const retried = await routeEvent(f.deps, recorded);
    expect(retried.entries).toMatchObject([{ status: 'started' }]);
    expect((await startInput(workflowId)).entryEvent?.id).toBe(recorded.id);
  });

  it('two events at once enter a customer once where the rule allows one', async () => {
    const f = await fixture();
    await f.publish('once', journeyGraph({ event: 'go' }, { reentry: 'once' }));
    await f.publish('after', journeyGraph({ event: 'go' }, { reentry: 'after_exit' }));
    await f.publish(
      'cool',
      journeyGraph({ event: 'go' }, { reentry: 'every', reentryCooldown: { amount: 1, unit: 'hours' } }),
    );
    const fay = await f.customer('fay');
    const results = await Promise.all(['c1', 'c2', 'c3', 'c4'].map((id) => f.track(fay, 'go', id)));
    const enrollments = await f.enrollments(fay);
    expect(enrollments).toHaveLength(3);
    expect(new Set(enrollments.map((enrollment) => enrollment.journeyId)).size).toBe(3);
    const started = results.flatMap((result) => result.entries).filter((entry) => entry.status === 'started');
    expect(started).toHaveLength(3);
    // Each workflow runs with the event its enrollment records, even under the shared "once" id.
    for (const enrollment of enrollments) {
      expect((await startInput(enrollment.workflowId)).entryEvent?.id).toBe(enrollment.entryEventId);
    }
  });

  it('"every" without cooldown (decided without the lock): events at once each enter, a retry enters no more', async () => {
    const f = await fixture();
    await f.publish('each', journeyGraph({ event: 'go' }, { reentry: 'every' }));
    const gil = await f.customer('gil');
    const results = await Promise.all(['e1', 'e2', 'e3', 'e4'].map((id) => f.track(gil, 'go', id)));
    expect(results.flatMap((result) => result.entries).map((entry) => entry.status)).toEqual(
      Array.from({ length: 4 }, () => 'started'),
    );
    expect(await f.enrollments(gil)).toHaveLength(4);
    await Promise.all(['e1', 'e2'].map((id) => f.track(gil, 'go', id)));
    expect(await f.enrollments(gil)).toHaveLength(4);
  });

  it('an entry limit admits max entries per window, throttles the rest, and opens again later', async () => {
    const f = await fixture();
    const journeyId = await f.publish(
      'limited',
      journeyGraph({ event: 'promo' }, { reentry: 'every', entryLimit: { max: 3, per: { amount: 1, unit: 'hours' } } }),
    );
    const customers = await Promise.all(['g1', 'g2', 'g3', 'g4', 'g5'].map((name) => f.customer(name)));
    const results = await Promise.all(customers.map((customer, index) => f.track(customer, 'promo', `t${index}`)));
    const statuses = results.map((result) => result.entries[0]?.status);
    expect(statuses.filter((status) => status === 'started')).toHaveLength(3);
    expect(statuses.filter((status) => status === 'throttled')).toHaveLength(2);
    const throttled = results.filter((result) => result.entries[0]?.status === 'throttled');
    for (const result of throttled) expect(result.entries[0]?.enrollment).toBeNull();
    const entered = await f.deps.db.selectFrom('enrollments').select('id').where('journeyId', '=', journeyId).execute();
    expect(entered).toHaveLength(3);

    f.clock.now = new Date(f.clock.now.getTime() + 59 * 60_000);
    const [late] = customers;
    expect((await f.track(late ?? '', 'promo', 'late1')).entries[0]?.status).toBe('throttled');
    f.clock.now = new Date(f.clock.now.getTime() + 2 * 60_000);
    expect((await f.track(late ?? '', 'promo', 'late2')).entries[0]?.status).toBe('started');
  });
});
