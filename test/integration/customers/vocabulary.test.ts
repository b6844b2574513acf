// The editor's pickers read what a workspace has received: event names by recent use with when
// they were last seen, attribute keys and tags by how many customers have them — never another
// workspace's names.
import { addCustomerTags, findCustomerByExternalId } from '@wayfarer/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestWorkspace,
  identifyCustomer,
  postIngest,
  startTestServer,
  trpcClient,
  type TestServer,
  type TestWorkspace,
} from '../server/support';

const DAY_MS = 86_400_000;

describe('customers.vocabulary', () => {
  let test: TestServer;
  let workspace: TestWorkspace;
  let other: TestWorkspace;

  beforeAll(async () => {
    test = await startTestServer('vocabulary');
    [workspace, other] = [await createTestWorkspace(test), await createTestWorkspace(test)];
  });
  afterAll(async () => test.close());

  const track = async (owner: TestWorkspace, userId: string, event: string, daysAgo: number, n: number) => {
    const answer = await postIngest(test, '/v1/track', owner.ingestKey, {
      userId,
      event,
      messageId: `${owner.workspaceId}-${userId}-${event}-${n}`,
      timestamp: new Date(Date.now() - daysAgo * DAY_MS).toISOString(),
    });
    expect(answer.status).toBe(200);
  };

  it('lists event names by recent use, attribute keys and tags by customers, in this workspace only', async () => {
    await identifyCustomer(test, workspace, 'mei', { name: 'Mei', city: 'Taipei', birthday: '1990-05-01' });
    await identifyCustomer(test, workspace, 'tom', { name: 'Tom' });
    await identifyCustomer(test, other, 'spy', { secret_key: 'x' });
    for (let n = 0; n < 3; n += 1) await track(workspace, 'mei', 'purchase', 1, n);
    await track(workspace, 'tom', 'viewed_product', 2, 0);
    // Used long ago only: listed, counted 0 in the last 30 days, last seen then.
    await track(workspace, 'tom', 'old_campaign_click', 90, 0);
    await track(other, 'spy', 'other_workspace_event', 1, 0);
    const mei = await findCustomerByExternalId(test.database.db, workspace.workspaceId, 'mei');
    if (!mei) throw new Error('mei not stored');
    await addCustomerTags(test.database.db, {
      workspaceId: workspace.workspaceId,
      customerId: mei.id,
      tags: ['vip'],
      source: 'test',
    });

    const found = await trpcClient(test, workspace.fullKey).customers.vocabulary.query();
    expect(found.events.map(({ name, count }) => ({ name, count }))).toEqual([
      { name: 'purchase', count: 3 },
      { name: 'viewed_product', count: 1 },
      { name: 'old_campaign_click', count: 0 },
    ]);
    const old = found.events.find((event) => event.name === 'old_campaign_click');
    expect(Date.now() - Date.parse(old?.lastSeenAt ?? '')).toBeGreaterThan(89 * DAY_MS);
    expect(found.attributes.find((key) => key.name === 'name')?.count).toBe(2);
    expect(found.attributes.map((key) => key.name)).toEqual(expect.arrayContaining(['city', 'birthday']));
    expect(found.tags.map(({ name, count }) => ({ name, count }))).toEqual([{ name: 'vip', count: 1 }]);
    const names = JSON.stringify(found);
    expect(names).not.toContain('other_workspace_event');
    expect(names).not.toContain('secret_key');
  });
});
