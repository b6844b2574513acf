// The property picker reads the property names one event has been received with: counted over its
// recent events, with when each was last seen, its value type and examples — never another event's
// properties, never another workspace's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestWorkspace,
  postIngest,
  startTestServer,
  trpcClient,
  trpcError,
  type TestServer,
  type TestWorkspace,
} from '../server/support';

const DAY_MS = 86_400_000;

describe('customers.eventProperties', () => {
  let test: TestServer;
  let workspace: TestWorkspace;
  let other: TestWorkspace;
  let sent = 0;

  beforeAll(async () => {
    test = await startTestServer('event-properties');
    [workspace, other] = [await createTestWorkspace(test), await createTestWorkspace(test)];
  });
  afterAll(async () => test.close());

  const track = async (owner: TestWorkspace, event: string, daysAgo: number, properties: Record<string, unknown>) => {
    sent += 1;
    const answer = await postIngest(test, '/v1/track', owner.ingestKey, {
      userId: 'mei',
      event,
      properties,
      messageId: `${owner.workspaceId}-${sent}`,
      timestamp: new Date(Date.now() - daysAgo * DAY_MS).toISOString(),
    });
    expect(answer.status).toBe(200);
  };

  it("lists one event's property names by use, with last seen, type and examples, in this workspace only", async () => {
    await track(workspace, 'purchase', 5, { amount: 120, sku: 'TEA-01', store: 'Taipei 101' });
    await track(workspace, 'purchase', 2, { amount: 990, sku: 'MUG-02' });
    await track(workspace, 'purchase', 1, { amount: 45.5, coupon: true });
    await track(workspace, 'viewed_product', 1, { category: 'tea' });
    await track(other, 'purchase', 0, { secret_margin: 0.4 });

    const found = await trpcClient(test, workspace.fullKey).customers.eventProperties.query({ event: ' purchase ' });
    expect(found.sampled).toBe(3);
    expect(found.properties.map(({ name, count, type }) => ({ name, count, type }))).toEqual([
      { name: 'amount', count: 3, type: 'number' },
      { name: 'sku', count: 2, type: 'string' },
      { name: 'coupon', count: 1, type: 'boolean' },
      { name: 'store', count: 1, type: 'string' },
    ]);
    const byName = new Map(found.properties.map((use) => [use.name, use]));
    expect(byName.get('amount')?.examples).toEqual(['120', '45.5', '990']);
    // Last seen is the newest event carrying it: store only on the 5-day-old purchase.
    const ageDays = (name: string) => (Date.now() - Date.parse(byName.get(name)?.lastSeenAt ?? '')) / DAY_MS;
    expect(ageDays('amount')).toBeLessThan(1.5);
    expect(ageDays('store')).toBeGreaterThan(4.5);
    const text = JSON.stringify(found);
    expect(text).not.toContain('category');
    expect(text).not.toContain('secret_margin');

    const otherSees = await trpcClient(test, other.fullKey).customers.eventProperties.query({ event: 'purchase' });
    expect(otherSees.properties.map((use) => use.name)).toEqual(['secret_margin']);
  });

  it('answers an event never received, or received bare, with no names, and refuses an empty name', async () => {
    const client = trpcClient(test, workspace.fullKey);
    await track(workspace, 'app_opened', 1, {});
    expect(await client.customers.eventProperties.query({ event: 'app_opened' })).toEqual({
      sampled: 1,
      properties: [],
    });
    expect(await client.customers.eventProperties.query({ event: 'never_sent' })).toEqual({
      sampled: 0,
      properties: [],
    });
    const error = await trpcError(client.customers.eventProperties.query({ event: '  ' }));
    expect(error.data?.httpStatus).toBe(400);
    expect(error.data?.issues?.map((issue) => issue.path)).toEqual(['event']);
  });
});
