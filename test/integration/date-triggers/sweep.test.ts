import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { loadRuntimeRegistry } from '@wayfarer/config';
import { setJourneyStatus } from '@wayfarer/db';
import { startJourneyWorker } from '@wayfarer/worker';
import { journeyWorkflowId, type JourneyRunSummary } from '@wayfarer/workflows';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { bundleJourneyWorkflows, createDevServerEnv } from '../../support/temporal';
import { createDateFixture, dateJourneyGraph, type DateFixture } from './support';

// 09:00 on 25 November 2026 is 01:00 UTC in Taipei (UTC+8) and 14:00 UTC in New York (EST, UTC-5).
const TAIPEI_NINE = ['2026-11-25T00:45:00Z', '2026-11-25T01:00:00Z'] as const;
const NEW_YORK_NINE = ['2026-11-25T13:45:00Z', '2026-11-25T14:00:00Z'] as const;

describe('date-trigger sweep (real Postgres + Temporal dev server + worker)', () => {
  let env: TestWorkflowEnvironment;
  let database: TestDatabase;
  let worker: { stop(): Promise<void> };
  let f: DateFixture;
  const taskQueue = `date-triggers-${randomUUID()}`;

  beforeAll(async () => {
    const [testEnv, testDatabase, runtimes, workflowBundle] = await Promise.all([
      createDevServerEnv(),
      createTestDatabase('date_sweep'),
      loadRuntimeRegistry(),
      bundleJourneyWorkflows(),
    ]);
    env = testEnv;
    database = testDatabase;
    worker = await startJourneyWorker({
      db: database.db,
      connection: env.nativeConnection,
      namespace: 'default',
      taskQueue,
      runtimes,
      workflowBundle,
    });
    f = await createDateFixture(database.db, env.client, taskQueue);
  });
  afterAll(async () => {
    await worker?.stop();
    await env?.teardown();
    await database?.drop();
  });

  /** The journey workflow of an entry ran to its end on the worker. */
  async function finished(workflowId: string): Promise<JourneyRunSummary> {
    return env.client.workflow.getHandle(workflowId).result() as Promise<JourneyRunSummary>;
  }

  it('enters each customer at 09:00 in their own time zone, once per occurrence', async () => {
    const journey = await f.publish('Birthday', dateJourneyGraph({ attribute: 'birthday', at: '09:00' }));
    const taipei = await f.customer('mei', 'Asia/Taipei', { birthday: '1990-11-25' });
    const newYork = await f.customer('john', 'America/New_York', { birthday: '1985-11-25T00:00:00' });
    const noBirthday = await f.customer('ann', 'Asia/Taipei', { name: 'Ann' });
    const otherDay = await f.customer('bob', 'Asia/Taipei', { birthday: '1990-06-01' });
    const garbled = await f.customer('cat', 'Asia/Taipei', { birthday: 'sometime in November' });
    const numeric = await f.customer('dan', 'Asia/Taipei', { birthday: 19901125 });

    // Pages of two customers, so the sweep pages through the workspace.
    const taipeiSweep = await f.sweep(journey, ...TAIPEI_NINE, 2);
    expect(taipeiSweep).toMatchObject({ due: 1, started: 1 });
    const taipeiEntry = journeyWorkflowId(journey, taipei, 'birthday:2026-11-25');
    expect((await f.enrollments(journey)).map((row) => [row.customerId, row.workflowId, row.entryStepId])).toEqual([
      [taipei, taipeiEntry, 'date'],
    ]);
    expect(await finished(taipeiEntry)).toMatchObject({ outcome: 'completed', path: ['date', 'end'] });

    // The same window again, and one overlapping it, enter nobody new.
    expect(await f.sweep(journey, ...TAIPEI_NINE)).toMatchObject({ due: 1, started: 0 });
    expect(await f.sweep(journey, '2026-11-25T00:50:00Z', '2026-11-25T01:05:00Z')).toMatchObject({ started: 0 });
    expect(await f.enrollments(journey)).toHaveLength(1);

    // 09:00 in New York is 14:00 UTC: now John, and only John.
    expect(await f.sweep(journey, ...NEW_YORK_NINE)).toMatchObject({ due: 1, started: 1 });
    const newYorkEntry = journeyWorkflowId(journey, newYork, 'birthday:2026-11-25');
    expect((await f.enrollments(journey)).map((row) => row.workflowId)).toEqual([taipeiEntry, newYorkEntry]);
    expect((await env.client.workflow.getHandle(newYorkEntry).describe()).type).toBe('journey');
    expect(await finished(newYorkEntry)).toMatchObject({ outcome: 'completed' });

    // A whole day of sweeps never enters the others.
    expect(await f.sweep(journey, '2026-11-24T00:00:00Z', '2026-11-26T12:00:00Z')).toMatchObject({ started: 0 });
    const entered = (await f.enrollments(journey)).map((row) => row.customerId);
    for (const never of [noBirthday, otherDay, garbled, numeric]) expect(entered).not.toContain(never);
  });

  it('fires three days early with an offset of -3', async () => {
    const journey = await f.publish(
      'Birthday coupon, three days ahead',
      dateJourneyGraph({ attribute: 'birthday', offsetDays: -3, at: '09:00' }),
    );
    const early = await f.customer('eve', 'Asia/Taipei', { birthday: '1992-11-28' });
    await f.customer('fay', 'Asia/Taipei', { birthday: '1992-11-25' });

    expect(await f.sweep(journey, ...TAIPEI_NINE)).toMatchObject({ due: 1, started: 1 });
    const entry = journeyWorkflowId(journey, early, 'birthday:2026-11-28:-3d');
    expect((await f.enrollments(journey)).map((row) => [row.customerId, row.workflowId])).toEqual([[early, entry]]);
    expect(await finished(entry)).toMatchObject({ outcome: 'completed' });
    // On the birthday itself it does not fire again.
    expect(await f.sweep(journey, '2026-11-28T00:45:00Z', '2026-11-28T01:00:00Z')).toMatchObject({ started: 0 });
  });

  it('follows the journey re-entry rule: "once" enters a customer on one birthday only', async () => {
    const journey = await f.publish('Only once', dateJourneyGraph({ attribute: 'birthday' }, { reentry: 'once' }));
    const gus = await f.customer('gus', 'UTC', { birthday: '1990-03-10' });
    expect(await f.sweep(journey, '2026-03-10T08:45:00Z', '2026-03-10T09:00:00Z')).toMatchObject({ started: 1 });
    await finished(journeyWorkflowId(journey, gus));
    expect(await f.sweep(journey, '2027-03-10T08:45:00Z', '2027-03-10T09:00:00Z')).toMatchObject({
      due: 1,
      started: 0,
    });
    expect(await f.enrollments(journey)).toHaveLength(1);
  });

  it('sweeps nothing for a paused journey', async () => {
    const journey = await f.publish('Paused', dateJourneyGraph({ attribute: 'birthday' }));
    await f.customer('hal', 'Asia/Taipei', { birthday: '1990-11-25' });
    await setJourneyStatus(database.db, f.workspaceId, journey, 'paused');
    expect(await f.sweep(journey, ...TAIPEI_NINE)).toMatchObject({ scanned: 0, started: 0 });
    expect(await f.enrollments(journey)).toEqual([]);
  });
});
