// The event router decides the first entries of the customers in a claimed batch in one statement
// (decide-first-entries.ts). These tests hold it to what deciding event by event does, and show
// that entries it recorded before routing was interrupted are started once when routing resumes.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { claimDueEvents, insertQueuedEvents, type Enrollment } from '@wayfarer/db';
import { decideFirstEntries, startEventRouter } from '@wayfarer/routing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { untilRouted } from '../../support/routed';
import { createDevServerEnv } from '../../support/temporal';
import { createRoutingFixture, journeyGraph, type RoutingFixture } from './support';

const TASK_QUEUE = 'routing-batch-entries-test';

// No worker polls the queue: started workflows stay open, so each test sees exactly what routing did.
describe('entries decided for a claimed batch (real Postgres + Temporal, no worker)', () => {
  let env: TestWorkflowEnvironment;
  let database: TestDatabase;

  beforeAll(async () => {
    env = await createDevServerEnv();
    database = await createTestDatabase('routing_batch_entries');
  });
  afterAll(async () => {
    await database?.drop();
    await env?.teardown();
  });

  /** Queues `signed_up` events as the ingest API stores them, one per customer in the given order. */
  async function queue(f: RoutingFixture, customers: string[]) {
    const events = customers.map((customerId, index) => ({
      workspaceId: f.workspaceId,
      customerId,
      messageId: `${customerId}-${index}`,
      kind: 'track' as const,
      name: 'signed_up',
      properties: {},
      timestamp: f.clock.now,
    }));
    await insertQueuedEvents(f.deps.db, events);
  }

  /** Routes the queued events with the router; fails on any error it reports (no fallback hides one). */
  async function routeQueued(f: RoutingFixture) {
    const errors: unknown[] = [];
    const router = startEventRouter(f.deps, { idleMs: 20, onError: (error) => errors.push(error) });
    router.wake();
    await untilRouted(f.deps.db);
    await router.stop();
    expect(errors).toEqual([]);
  }

  /** The customer's enrollments per journey, with the Temporal status of each one's workflow. */
  async function entriesOf(f: RoutingFixture, customerId: string, journeys: Record<string, string>) {
    const enrollments = await f.enrollments(customerId);
    const described = await Promise.all(
      enrollments.map(async (enrollment: Enrollment) => ({
        enrollment,
        status: (await env.client.workflow.getHandle(enrollment.workflowId).describe()).status.name,
      })),
    );
    return Object.fromEntries(
      Object.entries(journeys).map(([name, journeyId]) => [
        name,
        described.filter(({ enrollment }) => enrollment.journeyId === journeyId).map(({ status }) => status),
      ]),
    );
  }

  it('enters as deciding event by event does: first entries, refusals, repeats and locked rules', async () => {
    const f = await createRoutingFixture(database, env.client, TASK_QUEUE);
    const journeys = {
      once: await f.publish('once', journeyGraph({ event: 'signed_up' }, { reentry: 'once' })),
      every: await f.publish('every', journeyGraph({ event: 'signed_up' }, { reentry: 'every' })),
      afterExit: await f.publish('after exit', journeyGraph({ event: 'signed_up' }, { reentry: 'after_exit' })),
    };
    const ann = await f.customer('ann');
    await f.track(ann, 'signed_up', 'before-the-batch');
    const newcomers = await Promise.all(Array.from({ length: 12 }, (_, index) => f.customer(`new-${index}`)));
    const [twice = ''] = newcomers;
    await queue(f, [...newcomers, ann, twice]);
    await routeQueued(f);

    for (const customerId of newcomers.slice(1)) {
      expect(await entriesOf(f, customerId, journeys)).toEqual({
        once: ['RUNNING'],
        every: ['RUNNING'],
        afterExit: ['RUNNING'],
      });
    }
    // Their second event: "once" and "after_exit" keep them in their first entry, "every" adds one.
    expect(await entriesOf(f, twice, journeys)).toEqual({
      once: ['RUNNING'],
      every: ['RUNNING', 'RUNNING'],
      afterExit: ['RUNNING'],
    });
    // Entered before the batch: no second "once" entry, one more "every".
    expect(await entriesOf(f, ann, journeys)).toEqual({
      once: ['RUNNING'],
      every: ['RUNNING', 'RUNNING'],
      afterExit: ['RUNNING'],
    });
  });

  it('starts once the entries a batch recorded before routing was interrupted', async () => {
    const f = await createRoutingFixture(database, env.client, TASK_QUEUE);
    const journeys = {
      once: await f.publish('once', journeyGraph({ event: 'signed_up' }, { reentry: 'once' })),
      every: await f.publish('every', journeyGraph({ event: 'signed_up' }, { reentry: 'every' })),
    };
    const customers = await Promise.all(Array.from({ length: 6 }, (_, index) => f.customer(`cut-${index}`)));
    await queue(f, customers);
    // A router that claimed the events and recorded their entries, then died before starting any
    // workflow: its lease ends at once, and the next router routes the events again.
    const claimed = await claimDueEvents(f.deps.db, { limit: 100, leaseMs: 0 });
    expect(claimed).toHaveLength(customers.length);
    const decided = await decideFirstEntries(f.deps, claimed);
    expect(decided.size).toBe(customers.length);
    expect(
      await f.deps.db.selectFrom('enrollments').selectAll().where('customerId', 'in', customers).execute(),
    ).toHaveLength(customers.length * 2);
    await routeQueued(f);
    for (const customerId of customers) {
      expect(await entriesOf(f, customerId, journeys)).toEqual({ once: ['RUNNING'], every: ['RUNNING'] });
    }
  });
});
