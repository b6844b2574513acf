// Requests of one workspace that arrive together are stored together (group commit) and their
// rate-limit hits counted together: each request must still get exactly its own answers, a
// messageId sent twice must be stored once, and every hit must be counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCustomerByExternalId } from '@wayfarer/db';
import {
  createTestWorkspace,
  postIngest,
  startTestServer,
  type TestServer,
  type TestWorkspace,
} from '../server/support';

describe('concurrent ingest requests of one workspace', () => {
  let test: TestServer;
  let workspace: TestWorkspace;

  beforeAll(async () => {
    test = await startTestServer('ingest_concurrent');
    workspace = await createTestWorkspace(test);
  });
  afterAll(async () => test.close());

  it('answers each with its own event, stores a repeated messageId once and counts every hit', async () => {
    const customers = Array.from({ length: 8 }, (_, index) => `buyer-${index}`);
    const messageIds = Array.from({ length: 24 }, (_, index) => `concurrent-${index}`);
    // Each messageId twice, shuffled among identifies that write profiles in the same groups.
    const requests = [
      ...messageIds.flatMap((messageId, index) =>
        [0, 1].map(() => ({
          path: '/v1/track',
          body: { userId: customers[index % customers.length], event: 'viewed', messageId, properties: { index } },
        })),
      ),
      ...customers.map((userId) => ({ path: '/v1/identify', body: { userId, traits: { tier: 'gold' } } })),
    ].sort((a, b) => JSON.stringify(a.body).length - JSON.stringify(b.body).length);

    const answers = await Promise.all(
      requests.map(async (request) => ({
        request,
        answer: await postIngest(test, request.path, workspace.ingestKey, request.body),
      })),
    );

    expect(answers.every(({ answer }) => answer.status === 200)).toBe(true);
    const byMessageId = new Map<string, Record<string, unknown>[]>();
    for (const { request, answer } of answers) {
      const { messageId } = request.body as { messageId?: string };
      if (messageId !== undefined) byMessageId.set(messageId, [...(byMessageId.get(messageId) ?? []), answer.body]);
    }
    for (const messageId of messageIds) {
      const pair = byMessageId.get(messageId) ?? [];
      expect(pair).toHaveLength(2);
      expect(pair[0]?.eventId).toBe(pair[1]?.eventId);
      expect(pair.map((answer) => answer.duplicate).sort()).toEqual([false, true]);
    }
    const stored = await test.database.db
      .selectFrom('events')
      .select(['id', 'messageId', 'customerId', 'properties'])
      .where('messageId', 'in', messageIds)
      .execute();
    expect(stored).toHaveLength(messageIds.length);
    for (const event of stored) {
      const index = Number((event.properties as { index: number }).index);
      expect(event.id).toBe(byMessageId.get(event.messageId)?.[0]?.eventId);
      const owner = await findCustomerByExternalId(
        test.database.db,
        workspace.workspaceId,
        customers[index % customers.length] ?? '',
      );
      expect(event.customerId).toBe(owner?.id);
    }
    for (const userId of customers) {
      const customer = await findCustomerByExternalId(test.database.db, workspace.workspaceId, userId);
      expect(customer?.attributes).toMatchObject({ tier: 'gold' });
    }
    const window = await test.database.db
      .selectFrom('rateLimitWindows')
      .select('count')
      .where('key', 'like', 'ingest:key:%')
      .executeTakeFirstOrThrow();
    expect(window.count).toBe(requests.length);
  });
});
