import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { TRPCClientError } from '@trpc/client';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@wayfarer/db';
import { broadcastWorkflowId, type BroadcastWorkflow } from '@wayfarer/workflows';
import { eventually } from '../../support/eventually';
import { createTimeSkippingEnv } from '../../support/temporal';
import { broadcastJourney, createBroadcastFixture, type BroadcastFixture } from './support';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// Members by time zone: 09:00 comes first in Tokyo, an hour later in Taipei, and nine hours after
// that in London, in UTC and for a zone Postgres does not know (taken as UTC).
const members = { 'Asia/Tokyo': 2, 'Asia/Taipei': 3, 'Europe/London': 1, UTC: 1, 'Mars/Olympus': 1 };

/** A segment of customers with the given time zones; returns its id. */
async function seedZonedSegment(db: Db, workspaceId: string): Promise<string> {
  const segment = await db
    .insertInto('segments')
    .values({ workspaceId, name: 'By zone', rule: JSON.stringify({ kind: 'all' }), updatedAt: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [zone, count] of Object.entries(members)) {
    await sql`
      with created as (
        insert into customers (workspace_id, external_id, timezone)
        select ${workspaceId}::uuid, ${zone} || '-' || n, ${zone} from generate_series(1, ${count}::int) as n
        returning id
      )
      insert into segment_memberships (segment_id, customer_id, workspace_id)
      select ${segment.id}::uuid, id, ${workspaceId}::uuid from created`.execute(db);
  }
  return segment.id;
}

/** The time zones of the customers who have entered the journey, sorted. */
async function enteredZones(db: Db, journeyId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('enrollments as e')
    .innerJoin('customers as c', 'c.id', 'e.customerId')
    .select('c.timezone')
    .where('e.journeyId', '=', journeyId)
    .orderBy('c.timezone')
    .execute();
  return rows.map((row) => row.timezone);
}

async function refusal(call: Promise<unknown>): Promise<{ code?: string; fields: string[] }> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof TRPCClientError)) throw error;
    const data = error.data as { code?: string; issues?: { path: string }[] } | undefined;
    return { code: data?.code, fields: (data?.issues ?? []).map((issue) => issue.path) };
  }
  throw new Error('expected the call to fail');
}

describe('broadcasts at each customer’s local time (time-skipping Temporal, real Postgres, the production worker)', () => {
  let env: TestWorkflowEnvironment;
  let fixture: BroadcastFixture;
  let worker: { stop(): Promise<void> } | undefined;

  beforeAll(async () => {
    env = await createTimeSkippingEnv();
    fixture = await createBroadcastFixture('broadcast_local_time', env);
    worker = await fixture.startWorker();
  });
  afterAll(async () => {
    await worker?.stop();
    await fixture?.close();
    await env?.teardown();
  });

  it('enters each time zone at 09:00 local, earliest zone first, everyone once', async () => {
    const { db } = fixture.database;
    const segmentId = await seedZonedSegment(db, fixture.workspaceId);
    const journeyId = await fixture.publish(broadcastJourney(segmentId));
    const day = new Date((await env.currentTimeMs()) + 3 * DAY).toISOString().slice(0, 10);
    const tokyo = Date.parse(`${day}T00:00:00Z`);

    expect(await refusal(fixture.api.broadcasts.start.mutate({ journeyId, localTime: '2020-01-01T09:00' }))).toEqual({
      code: 'BAD_REQUEST',
      fields: ['localTime'],
    });
    const both = fixture.api.broadcasts.start.mutate({ journeyId, localTime: `${day}T09:00`, at: `${day}T09:00:00Z` });
    expect(await refusal(both)).toEqual({ code: 'BAD_REQUEST', fields: ['localTime'] });

    const scheduled = await fixture.api.broadcasts.start.mutate({ journeyId, localTime: `${day}T09:00` });
    expect(scheduled).toMatchObject({ status: 'scheduled', localTime: `${day}T09:00`, zones: null });
    expect(Date.parse(scheduled.scheduledAt)).toBe(tokyo);

    // Half an hour after 09:00 in Tokyo: the Tokyo members only; Taipei's moment is still ahead.
    await env.sleep(tokyo + HOUR / 2 - (await env.currentTimeMs()));
    expect(await eventually(async () => ((await enteredZones(db, journeyId)).length === 2 ? true : undefined))).toBe(
      true,
    );
    expect(await enteredZones(db, journeyId)).toEqual(['Asia/Tokyo', 'Asia/Tokyo']);
    const afterTokyo = await eventually(async () => {
      const view = await fixture.api.broadcasts.get.query({ id: scheduled.id });
      return view.zones?.reached === 1 ? view : undefined;
    });
    expect(afterTokyo).toMatchObject({ status: 'running', total: 8, enrolled: 2, zones: { reached: 1, total: 5 } });

    // Past 09:00 in Taipei: its three members too, nobody from London or UTC yet.
    await env.sleep(tokyo + HOUR + HOUR / 2 - (await env.currentTimeMs()));
    expect(await eventually(async () => ((await enteredZones(db, journeyId)).length === 5 ? true : undefined))).toBe(
      true,
    );
    expect(await enteredZones(db, journeyId)).toEqual([
      'Asia/Taipei',
      'Asia/Taipei',
      'Asia/Taipei',
      'Asia/Tokyo',
      'Asia/Tokyo',
    ]);

    // London, UTC and the unknown zone share 09:00 UTC: the broadcast ends with everyone in once.
    const handle = env.client.workflow.getHandle<BroadcastWorkflow>(broadcastWorkflowId(scheduled.id));
    expect(await handle.result()).toMatchObject({ status: 'completed', total: 8, enrolled: 8, skipped: 0 });
    expect(await enteredZones(db, journeyId)).toEqual(
      [...Object.entries(members)].flatMap(([zone, count]) => Array<string>(count).fill(zone)).sort(),
    );
    expect(await env.currentTimeMs()).toBeGreaterThanOrEqual(tokyo + 9 * HOUR);
    expect(await fixture.api.broadcasts.get.query({ id: scheduled.id })).toMatchObject({
      status: 'completed',
      zones: { reached: 5, total: 5, nextAt: null },
    });
  });
});
