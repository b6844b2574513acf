// Held-out customers (a journey's holdout, the workspace's control group) enter and are counted but
// get no message rows and no ledger rows; transactional journeys still reach the control group; a
// broadcast skips the control group. Real Postgres, Temporal dev server and the real worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBroadcast, saveControlGroup, type Db } from '@wayfarer/db';
import { inSample, stableBucket } from '@wayfarer/experiments';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { BROADCAST_WORKFLOW, broadcastWorkflowId, type BroadcastWorkflow } from '@wayfarer/workflows';
import { eventually } from '../../support/eventually';
import { startExperimentBench, type ExperimentBench } from './support';

/** api trigger → send (outbox) → 50 points → end. */
function sendAndReward(
  settings: JourneyGraphInput['settings'] = {},
  trigger = { type: 'core.trigger.api', config: {} },
) {
  return {
    name: 'Welcome',
    nodes: [
      { id: 'trigger', type: trigger.type, data: { config: trigger.config } },
      { id: 'send', type: 'core.send', data: { config: { channel: 'outbox', name: 'Welcome', body: 'Hi!' } } },
      { id: 'reward', type: 'core.reward.points', data: { config: { points: 50 } } },
      { id: 'end', type: 'core.end' },
    ],
    edges: [
      { id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'send' },
      { id: 'e2', source: 'send', sourceHandle: 'sent', target: 'reward' },
      { id: 'e3', source: 'reward', sourceHandle: 'out', target: 'end' },
    ],
    settings: { reentry: 'every', exitOn: [], goal: null, ...settings },
  } satisfies JourneyGraphInput;
}

async function rowsPerCustomer(db: Db, table: 'messages' | 'pointsLedger', journeyId: string) {
  const rows = await db.selectFrom(table).select('customerId').where('journeyId', '=', journeyId).execute();
  return new Set(rows.map((row) => row.customerId));
}

describe('holdouts and the control group (real worker)', () => {
  let bench: ExperimentBench;
  let worker: { stop(): Promise<void> };

  beforeAll(async () => {
    bench = await startExperimentBench('experiment_holdout');
    worker = await bench.startWorker();
  });
  afterAll(async () => {
    await worker?.stop();
    await bench?.close();
  });

  it('holds out a stable share of entrants: counted, no messages, no ledger rows', async () => {
    const journey = await bench.publish(sendAndReward({ holdoutPercent: 40 }));
    const customers = await bench.customers(40);
    const entries = await Promise.all(customers.map((customer) => bench.enter(journey, customer)));
    await bench.finished(entries.map((entry) => entry.id));

    const held = customers.filter((customer) => inSample(`holdout:${journey.journeyId}`, customer, 40));
    const treated = customers.filter((customer) => !held.includes(customer));
    expect(held.length).toBeGreaterThan(5);
    expect(
      entries
        .filter((entry) => entry.withheld === 'holdout')
        .map((entry) => entry.customerId)
        .sort(),
    ).toEqual([...held].sort());
    const messaged = await rowsPerCustomer(bench.db, 'messages', journey.journeyId);
    const rewarded = await rowsPerCustomer(bench.db, 'pointsLedger', journey.journeyId);
    expect([...messaged].sort()).toEqual([...treated].sort());
    expect([...rewarded].sort()).toEqual([...treated].sort());
    // Held-out customers walked the whole journey and each withheld step says why.
    const withheld = await bench.db
      .selectFrom('stepRuns')
      .innerJoin('enrollments', 'enrollments.id', 'stepRuns.enrollmentId')
      .select(['stepRuns.stepId', 'stepRuns.port', 'stepRuns.output'])
      .where('enrollments.withheld', '=', 'holdout')
      .where('enrollments.journeyId', '=', journey.journeyId)
      .execute();
    expect(withheld).toHaveLength(held.length * 2);
    expect(withheld.every((run) => run.output['withheld'] === 'holdout')).toBe(true);
    const enrollments = await bench.db
      .selectFrom('enrollments')
      .select('status')
      .where('journeyId', '=', journey.journeyId)
      .execute();
    expect(enrollments.every((row) => row.status === 'completed')).toBe(true);
  });

  it('keeps the control group out of marketing journeys, not transactional ones', async () => {
    await saveControlGroup(bench.db, bench.workspaceId, {
      percent: 30,
      conversionEvent: 'purchase',
      revenueProperty: 'revenue',
    });
    const marketing = await bench.publish(sendAndReward());
    const receipts = await bench.publish({ ...sendAndReward({ transactional: true }), name: 'Receipt' });
    const customers = await bench.customers(40);
    const salt = (await bench.db.selectFrom('controlGroups').select('salt').executeTakeFirstOrThrow()).salt;
    const control = customers.filter((customer) => stableBucket(`${salt}:${customer}`) * 100 < 30);
    expect(control.length).toBeGreaterThan(3);

    const entries = await Promise.all(
      customers.flatMap((customer) => [bench.enter(marketing, customer), bench.enter(receipts, customer)]),
    );
    await bench.finished(entries.map((entry) => entry.id));
    const marked = entries.filter((entry) => entry.withheld === 'control_group');
    expect(marked.every((entry) => entry.journeyId === marketing.journeyId)).toBe(true);
    expect(marked.map((entry) => entry.customerId).sort()).toEqual([...control].sort());
    const messaged = await rowsPerCustomer(bench.db, 'messages', marketing.journeyId);
    expect(control.some((customer) => messaged.has(customer))).toBe(false);
    expect(messaged.size).toBe(customers.length - control.length);
    expect((await rowsPerCustomer(bench.db, 'messages', receipts.journeyId)).size).toBe(customers.length);
  });

  it('skips the control group when broadcasting', async () => {
    const customers = await bench.customers(30);
    const segment = await bench.db
      .insertInto('segments')
      .values({
        workspaceId: bench.workspaceId,
        name: 'All',
        rule: JSON.stringify({ kind: 'all' }),
        updatedAt: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await bench.db
      .insertInto('segmentMemberships')
      .values(customers.map((customerId) => ({ segmentId: segment.id, customerId, workspaceId: bench.workspaceId })))
      .execute();
    const journey = await bench.publish(
      sendAndReward({}, { type: 'core.trigger.broadcast', config: { segmentId: segment.id } }),
    );
    const broadcast = await createBroadcast(bench.db, {
      workspaceId: bench.workspaceId,
      journeyId: journey.journeyId,
      journeyVersionId: journey.versionId,
      segmentId: segment.id,
      scheduledAt: new Date(),
      ratePerSecond: 100,
      batchSize: 100,
    });
    await bench.env.client.workflow.start<BroadcastWorkflow>(BROADCAST_WORKFLOW, {
      taskQueue: bench.taskQueue,
      workflowId: broadcastWorkflowId(broadcast.id),
      args: [{ broadcastId: broadcast.id, scheduledAt: new Date().toISOString() }],
    });
    const done = await eventually(async () => {
      const row = await bench.db.selectFrom('broadcasts').selectAll().where('id', '=', broadcast.id).executeTakeFirst();
      return row?.status === 'completed' ? row : undefined;
    });
    const salt = (await bench.db.selectFrom('controlGroups').select('salt').executeTakeFirstOrThrow()).salt;
    const control = customers.filter((customer) => stableBucket(`${salt}:${customer}`) * 100 < 30);
    expect(control.length).toBeGreaterThan(2);
    expect(done).toMatchObject({ total: 30, enrolled: 30 - control.length, skipped: control.length });
    const entered = await bench.db
      .selectFrom('enrollments')
      .select(['id', 'customerId'])
      .where('journeyId', '=', journey.journeyId)
      .execute();
    expect(entered.map((row) => row.customerId).sort()).toEqual(customers.filter((c) => !control.includes(c)).sort());
    await bench.finished(entered.map((row) => row.id));
    const messaged = await rowsPerCustomer(bench.db, 'messages', journey.journeyId);
    expect(control.some((customer) => messaged.has(customer))).toBe(false);
  });
});
