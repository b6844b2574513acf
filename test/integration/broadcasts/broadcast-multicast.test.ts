// A broadcast whose journey starts with one LINE message for everyone delivers it through LINE's
// multicast (500 user ids a request, X-Line-Retry-Key) to the local LINE API, with a message row
// per customer under their step's key; the policy and holdout keep customers out of every request
// with a recorded reason; a request retried after LINE took it is answered 409 and sent once; a
// personalised message falls back to one push per customer; a request whose answer is lost past the
// send retry budget is recorded `unknown` and never made again.
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineChannel } from '@wayfarer/channels';
import {
  createVersionCache,
  findBroadcast,
  getJourney,
  saveMessagingSettings,
  setChannelConsent,
  type Db,
} from '@wayfarer/db';
import { journeyIRSchema, type JourneyGraphInput } from '@wayfarer/journey';
import { eventually } from '../../support/eventually';
import { connectLocalLine } from '../../support/line-workspace';
import { lineMessagingApi, type LineMessagingApi } from '../../support/line-messaging-api';
import { createDevServerEnv } from '../../support/temporal';
import { startHttpSink, type HttpSink } from '../channels/http-sink';
import { sendingFor } from '../sending/support';
import { createBroadcastActivities } from '@wayfarer/worker';
import { createMulticast } from '@wayfarer/delivery';
import { bulkSendAfter } from '@wayfarer/nodes/runtime';
import { createBroadcastFixture, type BroadcastFixture } from './support';

const LINE = lineChannel.name;

/** broadcast → send `body` on LINE → wait 30 days → end. */
function sendFirstJourney(segmentId: string, body: string, settings: JourneyGraphInput['settings'] = {}) {
  return {
    nodes: [
      { id: 'broadcast', type: 'core.trigger.broadcast', data: { config: { segmentId } } },
      { id: 'send', type: 'core.send', data: { config: { channel: LINE, name: 'Weekend sale', body } } },
      { id: 'wait', type: 'core.wait', data: { config: { mode: 'duration', duration: { amount: 30, unit: 'days' } } } },
      { id: 'end', type: 'core.end' },
    ],
    edges: [
      { id: 'e1', source: 'broadcast', sourceHandle: 'out', target: 'send' },
      { id: 'e2', source: 'send', sourceHandle: 'sent', target: 'wait' },
      { id: 'e3', source: 'wait', sourceHandle: 'out', target: 'end' },
    ],
    settings,
  } satisfies JourneyGraphInput;
}

/** `count` customers named `Customer <n>`, each with a LINE user id, as members of a new segment. */
async function seedLineSegment(db: Db, workspaceId: string, count: number): Promise<string> {
  const segment = await db
    .insertInto('segments')
    .values({
      workspaceId,
      name: `LINE friends ${randomUUID()}`,
      rule: JSON.stringify({ kind: 'all' }),
      updatedAt: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const prefix = randomUUID();
  await sql`
    with created as (
      insert into customers (workspace_id, external_id, attributes, timezone, locale)
      select ${workspaceId}::uuid, ${prefix} || '-' || n, jsonb_build_object('name', 'Customer ' || n), 'Asia/Taipei', 'en'
      from generate_series(1, ${count}::int) as n
      returning id, external_id
    ), bound as (
      insert into customer_identities (workspace_id, customer_id, kind, value)
      select ${workspaceId}::uuid, id, ${LINE}, 'U' || md5(external_id) from created
    )
    insert into segment_memberships (segment_id, customer_id, workspace_id)
    select ${segment.id}::uuid, id, ${workspaceId}::uuid from created`.execute(db);
  return segment.id;
}

interface CustomerRow {
  customerId: string;
  userId: string;
  withheld: string | null;
  status: string | null;
  reason: string | null;
  bulkKey: string | null;
  receipt: Record<string, unknown> | null;
}

/** Every member: their LINE id, whether held out, their send step's message row and receipt. */
async function customersOf(db: Db, journeyId: string): Promise<CustomerRow[]> {
  const { rows } = await sql<CustomerRow>`
    select e.customer_id, i.value as user_id, e.withheld, m.status, m.reason, m.bulk_key, r.output as receipt
    from enrollments e
    join customer_identities i on i.customer_id = e.customer_id
    left join messages m on m.enrollment_id = e.id and m.step_id = 'send'
    left join step_runs r on r.enrollment_id = e.id and r.step_id = 'send'
    where e.journey_id = ${journeyId}::uuid`.execute(db);
  return rows;
}

describe('broadcast multicast (real Postgres + Temporal dev server + local LINE API)', { timeout: 480_000 }, () => {
  let env: TestWorkflowEnvironment;
  let fixture: BroadcastFixture;
  let sending: ReturnType<typeof sendingFor>;
  let line: LineMessagingApi;
  let sink: HttpSink;

  beforeAll(async () => {
    env = await createDevServerEnv();
    fixture = await createBroadcastFixture('broadcast_multicast', env);
    sending = sendingFor(fixture.database.url);
    line = lineMessagingApi();
    sink = await startHttpSink(line.reply);
    await connectLocalLine(fixture.database.db, sending.box, fixture.workspaceId, sink.url);
    await saveMessagingSettings(fixture.database.db, fixture.workspaceId, { quietHours: null, frequencyCap: null });
  });
  afterAll(async () => {
    await sink?.close();
    await sending?.close();
    await fixture?.close();
    await env?.teardown();
  });

  /** Starts a broadcast at 500 a second (batches of 500) and waits for it to complete. */
  async function broadcastToEveryone(journeyId: string): Promise<void> {
    const { db } = fixture.database;
    const started = await fixture.api.broadcasts.start.mutate({ journeyId, ratePerSecond: 500 });
    await eventually(
      async () => ((await findBroadcast(db, started.id))?.status === 'completed' ? true : undefined),
      240_000,
    );
  }

  /** With the full worker (journeys run, channels deliver): the broadcast, then every member's send step done. */
  async function broadcast(journeyId: string, members: number): Promise<CustomerRow[]> {
    const worker = await fixture.startWorker({ send: sending.send });
    try {
      await broadcastToEveryone(journeyId);
      return await eventually(async () => {
        const rows = await customersOf(fixture.database.db, journeyId);
        return rows.length === members && rows.every((row) => row.receipt !== null) ? rows : undefined;
      }, 240_000);
    } finally {
      await worker.stop();
    }
  }

  /** `count` members who said no to LINE. */
  async function refuseLine(segmentId: string, count: number): Promise<Set<string>> {
    const { db } = fixture.database;
    const { rows } = await sql<{ customerId: string }>`select customer_id from segment_memberships
      where segment_id = ${segmentId}::uuid order by customer_id desc limit ${count}`.execute(db);
    for (const { customerId } of rows) {
      await setChannelConsent(db, {
        workspaceId: fixture.workspaceId,
        customerId,
        channel: LINE,
        status: 'unsubscribed',
        source: 'test',
      });
    }
    return new Set(rows.map((row) => row.customerId));
  }

  it('reaches everyone allowed in ceil(N/500) multicasts, once each, with a message record per customer', async () => {
    const { db } = fixture.database;
    const members = 1_050;
    const segmentId = await seedLineSegment(db, fixture.workspaceId, members);
    const journeyId = await fixture.publish(
      sendFirstJourney(segmentId, 'Weekend sale: 20% off everything', { holdoutPercent: 5 }),
    );
    const unsubscribed = await refuseLine(segmentId, 3);
    const pushesBefore = line.accepted.size;
    const multicastsBefore = line.multicasts.length;
    // The real broadcast activities with the worker's multicast; the journeys they start are left
    // unrun (no worker polls their queue), so this test of a thousand entries stays quick.
    const worker = await fixture.startBroadcastOnlyWorker(
      createBroadcastActivities({
        db,
        temporal: env.client,
        taskQueue: `multicast-journeys-${randomUUID()}`,
        multicast: sending.send.multicast,
      }),
    );
    try {
      await broadcastToEveryone(journeyId);
    } finally {
      await worker.stop();
    }

    const requests = line.multicasts.slice(multicastsBefore);
    expect(requests).toHaveLength(Math.ceil(members / 500));
    expect(requests.every((request) => request.to.length <= 500)).toBe(true);
    expect(requests[0]?.messages).toEqual([{ type: 'text', text: 'Weekend sale: 20% off everything' }]);
    const reached = requests.flatMap((request) => request.to);
    expect(new Set(reached).size).toBe(reached.length);
    expect(line.accepted.size).toBe(pushesBefore);

    const customers = await customersOf(db, journeyId);
    expect(customers).toHaveLength(members);
    const allowed = customers.filter((row) => row.withheld === null && !unsubscribed.has(row.customerId));
    expect(allowed.length).toBeLessThan(members - 3);
    expect(new Set(reached)).toEqual(new Set(allowed.map((row) => row.userId)));
    for (const row of allowed) {
      expect(row).toMatchObject({ status: 'sent', reason: null });
      expect(row.bulkKey).toMatch(/^broadcast:/);
    }
    // Nobody else has a row yet: their own step decides when their journey runs (next test).
    for (const row of customers.filter((row) => !allowed.includes(row))) expect(row.status).toBeNull();
  });

  it("each customer's step records the multicast as sent, or why they were kept out of it", async () => {
    const { db } = fixture.database;
    const members = 12;
    const segmentId = await seedLineSegment(db, fixture.workspaceId, members);
    // Half held out (a stable draw per customer), two of the rest without consent.
    const journeyId = await fixture.publish(sendFirstJourney(segmentId, 'Members night', { holdoutPercent: 50 }));
    const unsubscribed = await refuseLine(segmentId, 2);
    const pushesBefore = line.accepted.size;
    const multicastsBefore = line.multicasts.length;

    const customers = await broadcast(journeyId, members);

    const reached = line.multicasts.slice(multicastsBefore).flatMap((request) => request.to);
    expect(line.accepted.size).toBe(pushesBefore);
    const heldOut = customers.filter((row) => row.withheld !== null);
    for (const row of customers) {
      if (row.withheld !== null) {
        expect(reached).not.toContain(row.userId);
        expect(row).toMatchObject({ status: null, receipt: { status: 'withheld' } });
      } else if (unsubscribed.has(row.customerId)) {
        expect(reached).not.toContain(row.userId);
        expect(row).toMatchObject({ status: 'skipped', reason: 'unsubscribed', bulkKey: null });
        expect(row.receipt).toMatchObject({ status: 'skipped', reason: 'unsubscribed' });
      } else {
        expect(reached.filter((userId) => userId === row.userId)).toHaveLength(1);
        expect(row).toMatchObject({ status: 'sent', receipt: { status: 'sent' } });
      }
    }
    expect(heldOut.length).toBeGreaterThan(0);
    expect(reached.length).toBeGreaterThan(0);
  });

  it('a multicast retried after LINE accepted it reuses its retry key and reaches nobody twice', async () => {
    const { db } = fixture.database;
    const members = 12;
    const segmentId = await seedLineSegment(db, fixture.workspaceId, members);
    const journeyId = await fixture.publish(sendFirstJourney(segmentId, 'Flash sale at noon'));
    const first = line.multicasts.length;
    // LINE takes the first request, and the answer is lost (a 500 after accepting).
    line.failMulticastsAfterAccepting((index) =>
      index === first ? { status: 500, body: { message: 'oops' } } : undefined,
    );
    try {
      const customers = await broadcast(journeyId, members);
      const requests = line.multicasts.slice(first);
      expect(requests).toHaveLength(1);
      expect(line.multicastRepeats).toContain(requests[0]?.retryKey);
      expect(new Set(requests[0]?.to)).toEqual(new Set(customers.map((row) => row.userId)));
      for (const row of customers) expect(row).toMatchObject({ status: 'sent', receipt: { status: 'sent' } });
    } finally {
      line.failMulticastsAfterAccepting(() => undefined);
    }
  });

  it('a request whose answer is lost past the retry budget is recorded unknown and never sent again', async () => {
    const { db } = fixture.database;
    const members = 12;
    const segmentId = await seedLineSegment(db, fixture.workspaceId, members);
    const journeyId = await fixture.publish(sendFirstJourney(segmentId, 'Last call'));
    const { liveVersionId } = await getJourney(db, fixture.workspaceId, journeyId);
    const ir = await createVersionCache(db, (value) => journeyIRSchema.parse(value))(liveVersionId ?? '');
    const bulk = await bulkSendAfter(ir, 'broadcast');
    if (bulk === undefined) throw new Error('the journey does not start with a plain send');
    const { rows: recipients } = await sql<{ customerId: string }>`select customer_id from segment_memberships
      where segment_id = ${segmentId}::uuid`.execute(db);
    // One attempt allowed: LINE takes the request and its answer is lost (a 500), so it may have arrived.
    const multicast = createMulticast({ db, box: sending.box, retryBudget: { attempts: 1, withinMs: 60_000 } });
    const request = {
      workspaceId: fixture.workspaceId,
      journeyId,
      ...bulk,
      bulkKey: `broadcast:${randomUUID()}:0:first`,
      recipients: recipients.map(({ customerId }) => ({
        customerId,
        enrollmentId: randomUUID(),
        idempotencyKey: `journey:${journeyId}:customer:${customerId}:send:1`,
      })),
      now: new Date(),
    };
    const first = line.multicasts.length;
    line.failMulticastsAfterAccepting((index) => (index >= first ? { status: 500, body: {} } : undefined));
    try {
      expect(await multicast(request)).toMatchObject({ requests: 1, delivered: 0 });
      // The batch tried again (a retried activity) makes no request for it.
      expect(await multicast(request)).toMatchObject({ requests: 0, delivered: 0 });
    } finally {
      line.failMulticastsAfterAccepting(() => undefined);
    }
    expect(line.multicasts.length - first).toBe(1);
    const { rows } = await sql<{ status: string; reason: string }>`select status, reason from messages
      where idempotency_key = any(${request.recipients.map((r) => r.idempotencyKey)}::text[])`.execute(db);
    expect(rows).toHaveLength(members);
    for (const row of rows) expect(row).toMatchObject({ status: 'unknown', reason: 'provider_unavailable' });
  });

  it('a personalised message falls back to one push per customer', async () => {
    const { db } = fixture.database;
    const members = 12;
    const segmentId = await seedLineSegment(db, fixture.workspaceId, members);
    const journeyId = await fixture.publish(
      sendFirstJourney(segmentId, 'Hi {{ customer.name }}, your coupon is ready'),
    );
    const multicastsBefore = line.multicasts.length;
    const pushesBefore = line.accepted.size;
    const customers = await broadcast(journeyId, members);
    expect(line.multicasts.length).toBe(multicastsBefore);
    expect(line.accepted.size - pushesBefore).toBe(members);
    for (const row of customers)
      expect(row).toMatchObject({ status: 'sent', bulkKey: null, receipt: { status: 'sent' } });
  });
});
