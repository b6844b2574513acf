// A branch on the customer value tier on the real worker (issue 6): the step reads the tier the
// last refresh stored in customer_value_tiers, computed from the customer's purchases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerValueTier, refreshValueTiers, setLoyaltySettings } from '@wayfarer/loyalty';
import type { Db } from '@wayfarer/db';
import { addCustomer, around, createAudience, portsOf, publish, runOnce, startBench, type Bench } from './support';

async function purchases(db: Db, workspaceId: string, customerId: string, count: number, revenue: number, at: Date) {
  const rows = Array.from({ length: count }, (_, i) => ({
    workspaceId,
    customerId,
    messageId: `${customerId}-order-${i}`,
    kind: 'track' as const,
    name: 'Order Completed',
    properties: JSON.stringify({ revenue }),
    timestamp: at.toISOString(),
  }));
  await db.insertInto('events').values(rows).execute();
}

describe('value tier in branches on the real worker', () => {
  let bench: Bench;
  beforeAll(async () => {
    bench = await startBench('value-tier-branch');
  });
  afterAll(async () => bench?.close());

  it('sends a high_value customer down true and a general one down false', async () => {
    const valued = await createAudience(bench.db);
    const { workspaceId } = valued;
    const general = { workspaceId, customerId: await addCustomer(bench.db, workspaceId) };
    await setLoyaltySettings(bench.db, workspaceId, {
      valueTiers: {
        windowMonths: 12,
        thresholds: {
          strategic: { purchases: 20, spend: 100_000, referrals: 5 },
          high_value: { purchases: 3, spend: 1_000, referrals: 0 },
          core: { purchases: 2, spend: 500, referrals: 0 },
          general: { purchases: 1, spend: 0, referrals: 0 },
        },
      },
    });
    // The refresh and the step both run on the server's clock (which skips ahead when idle).
    const now = new Date(await bench.env.currentTimeMs());
    const lastWeek = new Date(now.getTime() - 7 * 86_400_000);
    await purchases(bench.db, workspaceId, valued.customerId, 4, 500, lastWeek);
    await purchases(bench.db, workspaceId, general.customerId, 1, 20, lastWeek);
    await refreshValueTiers(bench.db, { workspaceId, now });
    expect(await customerValueTier(bench.db, valued.customerId)).toBe('high_value');
    expect(await customerValueTier(bench.db, general.customerId)).toBe('general');

    const branch = await publish(
      bench,
      workspaceId,
      around('core.branch', { conditions: [{ subject: 'valueTier', op: 'is', valueTier: 'high_value' }] }, [
        'true',
        'false',
      ]),
    );
    const valuedRun = await runOnce(bench, valued, branch);
    expect(await portsOf(bench.db, valuedRun.enrollmentId)).toMatchObject({ step: 'true' });
    const generalRun = await runOnce(bench, general, branch);
    expect(await portsOf(bench.db, generalRun.enrollmentId)).toMatchObject({ step: 'false' });
  });
});
