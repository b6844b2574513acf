// What journey steps see of points on the real worker: a branch on points reads the spendable
// balance (expired lots gone even before the expiry sweep), and a message can show the customer's
// leaderboard rank and the top of the board (`leaderboard`, loaded only when a template uses it).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCustomerAttributes } from '@wayfarer/db';
import { addMonths, expirePoints, grantPoints } from '@wayfarer/loyalty';
import { addCustomer, around, createAudience, portsOf, publish, runOnce, startBench, type Bench } from './support';

describe('points in branches and templates on the real worker', () => {
  let bench: Bench;
  beforeAll(async () => {
    bench = await startBench('points-branch-leaderboard');
  });
  afterAll(async () => bench?.close());

  const serverNow = async () => new Date(await bench.env.currentTimeMs());

  const grant = (workspaceId: string, customerId: string, points: number, now: Date, expiresInMonths: number | null) =>
    grantPoints(bench.db, {
      workspaceId,
      customerId,
      points,
      reason: 'test',
      idempotencyKey: randomUUID(),
      now,
      expiresInMonths,
    });

  it('does not take "points ≥ 100" for a customer whose points expired, before or after the sweep', async () => {
    const expired = await createAudience(bench.db);
    const lastYear = addMonths(await serverNow(), -13);
    await grant(expired.workspaceId, expired.customerId, 150, lastYear, 12);
    const live = { workspaceId: expired.workspaceId, customerId: await addCustomer(bench.db, expired.workspaceId) };
    await grant(live.workspaceId, live.customerId, 150, lastYear, null);
    const branch = await publish(
      bench,
      expired.workspaceId,
      around('core.branch', { conditions: [{ subject: 'points', op: 'gte', value: 100 }] }, ['true', 'false']),
    );

    const expiredRun = await runOnce(bench, expired, branch);
    expect(await portsOf(bench.db, expiredRun.enrollmentId)).toMatchObject({ step: 'false' });
    const liveRun = await runOnce(bench, live, branch);
    expect(await portsOf(bench.db, liveRun.enrollmentId)).toMatchObject({ step: 'true' });
    // The ledger still sums to 150 for the expired customer: no sweep has written the lot off.
    const ledger = await bench.db
      .selectFrom('pointsLedger')
      .select((eb) => eb.fn.sum<number>('delta').as('sum'))
      .where('customerId', '=', expired.customerId)
      .executeTakeFirstOrThrow();
    expect(Number(ledger.sum)).toBe(150);
    // Once the sweep has written the lot off, the answer is the same.
    await expirePoints(bench.db, { workspaceId: expired.workspaceId, now: await serverNow() });
    const afterSweep = await runOnce(bench, expired, branch);
    expect(await portsOf(bench.db, afterSweep.enrollmentId)).toMatchObject({ step: 'false' });
  });

  it('renders the customer’s leaderboard rank and the top of the board in a message', async () => {
    const audience = await createAudience(bench.db);
    const { workspaceId } = audience;
    // The month being ranked is the step's, on the server's clock (which skips ahead when idle).
    const now = await serverNow();
    const leader = await addCustomer(bench.db, workspaceId);
    await setCustomerAttributes(bench.db, leader, { name: 'Ann' });
    const third = await addCustomer(bench.db, workspaceId);
    await setCustomerAttributes(bench.db, third, { name: 'Ben' });
    await grant(workspaceId, leader, 300, now, null);
    await grant(workspaceId, audience.customerId, 200, now, null);
    await grant(workspaceId, audience.customerId, 50, now, null);
    await grant(workspaceId, third, 100, now, null);
    // Last month's points do not count towards this month's board.
    await grant(workspaceId, third, 1000, addMonths(now, -1), null);
    const body =
      'You are #{{ leaderboard.rank }} with {{ leaderboard.points }} points. ' +
      '{% for row in leaderboard.top %}{{ row.rank }}. {{ row.name }} {{ row.points }}; {% endfor %}';
    const send = await publish(
      bench,
      workspaceId,
      around('core.send', { channel: 'outbox', name: 'standing', body }, ['sent', 'skipped', 'failed']),
    );
    const { enrollmentId } = await runOnce(bench, audience, send);
    expect(await portsOf(bench.db, enrollmentId)).toMatchObject({ step: 'sent' });
    const message = await bench.db
      .selectFrom('messages')
      .select('body')
      .where('enrollmentId', '=', enrollmentId)
      .executeTakeFirstOrThrow();
    expect(message.body).toBe('You are #2 with 250 points. 1. Ann 300; 2. Mei 250; 3. Ben 100; ');
  });
});
