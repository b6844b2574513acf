// The daily loyalty maintenance on real Postgres, the Temporal dev server (Schedules) and the real
// worker: every workspace gets its schedule; a triggered run writes off expired points in the
// ledger, recomputes value tiers, and stores each tier change as an event that starts journeys.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { loadRuntimeRegistry } from '@wayfarer/config';
import { createWorkspace, insertEvent, upsertCustomer, type Db } from '@wayfarer/db';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { addMonths, grantPoints, pointsBalanceAt } from '@wayfarer/loyalty';
import { ensureLoyaltyMaintenanceSchedules, startJourneyWorker } from '@wayfarer/worker';
import {
  LOYALTY_MAINTENANCE_WORKFLOW,
  loyaltyMaintenanceScheduleId,
  type LoyaltyMaintenanceSummary,
} from '@wayfarer/workflows';
import { eventually } from '../../support/eventually';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { publishGraph } from '../../support/publish-graph';
import { bundleJourneyWorkflows, createDevServerEnv } from '../../support/temporal';

/** Starts on a customer's first value tier of `high_value`. */
const welcomeHighValue: JourneyGraphInput = {
  name: 'high value welcome',
  nodes: [
    {
      id: 'trigger',
      type: 'core.trigger.event',
      data: { config: { event: 'value_tier_changed', where: [{ path: 'to', op: 'eq', value: 'high_value' }] } },
    },
    { id: 'end', type: 'core.end' },
  ],
  edges: [{ id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'end' }],
  settings: { reentry: 'once', exitOn: [], goal: null },
};

describe('loyalty maintenance schedule (Postgres + Temporal dev server + worker)', () => {
  let database: TestDatabase;
  let db: Db;
  let env: TestWorkflowEnvironment;
  let stopWorker: () => Promise<void>;
  const taskQueue = `loyalty-maintenance-${randomUUID()}`;

  beforeAll(async () => {
    const [testDatabase, devServer, runtimes, workflowBundle] = await Promise.all([
      createTestDatabase('loyalty_maintenance'),
      createDevServerEnv(),
      loadRuntimeRegistry(),
      bundleJourneyWorkflows(),
    ]);
    database = testDatabase;
    db = testDatabase.db;
    env = devServer;
    const worker = await startJourneyWorker({
      db,
      connection: env.nativeConnection,
      namespace: 'default',
      taskQueue,
      runtimes,
      workflowBundle,
    });
    stopWorker = worker.stop;
    const workspace = await createWorkspace(db, 'Maintained');
    workspaceId = workspace.id;
    await publishGraph(db, runtimes.nodes, { workspaceId, name: 'welcome', graph: welcomeHighValue });
  });
  afterAll(async () => {
    await stopWorker?.();
    await env?.teardown();
    await database?.drop();
  });

  let workspaceId: string;

  async function customer(name: string) {
    return (await upsertCustomer(db, { workspaceId, externalId: name, traits: { name } })).id;
  }

  /** Triggers the schedule now and returns the summary of the run it started. */
  async function runNow(previousRuns: number): Promise<LoyaltyMaintenanceSummary> {
    const schedule = env.client.schedule.getHandle(loyaltyMaintenanceScheduleId(workspaceId));
    await schedule.trigger();
    const action = await eventually(async () => {
      const { info } = await schedule.describe();
      return info.recentActions[previousRuns];
    });
    return env.client.workflow.getHandle(action.action.workflow.workflowId).result();
  }

  it('schedules every workspace daily; a run expires due lots and refreshes value tiers once', async () => {
    expect(await ensureLoyaltyMaintenanceSchedules(env.client, db, taskQueue)).toBeGreaterThanOrEqual(1);
    // Idempotent: keeping the schedules again changes nothing.
    await ensureLoyaltyMaintenanceSchedules(env.client, db, taskQueue);
    const described = await env.client.schedule.getHandle(loyaltyMaintenanceScheduleId(workspaceId)).describe();
    expect(described.action).toMatchObject({ type: 'startWorkflow', workflowType: LOYALTY_MAINTENANCE_WORKFLOW });
    expect(described.spec.intervals).toMatchObject([{ every: 86_400_000 }]);

    const now = new Date();
    const expiring = await customer('expiring');
    const grant = { workspaceId, customerId: expiring, reason: 'test', now: addMonths(now, -13) };
    await grantPoints(db, { ...grant, points: 150, idempotencyKey: randomUUID(), expiresInMonths: 12 });
    await grantPoints(db, { ...grant, points: 40, idempotencyKey: randomUUID(), expiresInMonths: null });
    const buyer = await customer('buyer');
    for (let i = 0; i < 6; i += 1) {
      await insertEvent(db, {
        workspaceId,
        customerId: buyer,
        messageId: randomUUID(),
        kind: 'track',
        name: 'Order Completed',
        properties: { revenue: 2000 },
        timestamp: addMonths(now, -1),
      });
    }

    const first = await runNow(0);
    expect(first.expired).toEqual({ customers: 1, lots: 1, points: 150 });
    expect(first.valueTierChanges).toBe(2);
    const expiry = await db
      .selectFrom('pointsLedger')
      .select(['delta', 'reason'])
      .where('customerId', '=', expiring)
      .where('delta', '<', 0)
      .execute();
    expect(expiry).toEqual([{ delta: -150, reason: 'points expired' }]);
    expect(await pointsBalanceAt(db, expiring)).toBe(40);
    const tiers = await db
      .selectFrom('customerValueTiers')
      .select(['customerId', 'tier'])
      .where('workspaceId', '=', workspaceId)
      .orderBy('tier')
      .execute();
    expect(tiers).toEqual(
      expect.arrayContaining([
        { customerId: buyer, tier: 'high_value' },
        { customerId: expiring, tier: 'potential' },
      ]),
    );
    // The buyer's change entered the journey that starts on it.
    const enrollment = await eventually(() =>
      db.selectFrom('enrollments').select('status').where('customerId', '=', buyer).executeTakeFirst(),
    );
    expect(enrollment).toBeDefined();

    // A second run finds nothing left to expire and no tier that moved: nothing is written twice.
    const second = await runNow(1);
    expect(second).toEqual({ expired: { customers: 0, lots: 0, points: 0 }, valueTierChanges: 0 });
    const changes = await db
      .selectFrom('events')
      .select(['customerId', 'properties'])
      .where('workspaceId', '=', workspaceId)
      .where('name', '=', 'value_tier_changed')
      .execute();
    expect(changes).toHaveLength(2);
    expect(changes.find((change) => change.customerId === buyer)?.properties).toMatchObject({
      from: null,
      to: 'high_value',
    });
  });
});
