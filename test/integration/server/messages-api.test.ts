import { randomUUID } from 'node:crypto';
import { insertMessage, type MessageStatus } from '@wayfarer/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestWorkspace,
  identifyCustomer,
  startTestServer,
  trpcClient,
  trpcError,
  type TestServer,
  type TestWorkspace,
} from './support';

type Api = ReturnType<typeof trpcClient>;
type ListInput = NonNullable<Parameters<Api['messages']['list']['query']>[0]>;

interface Seeded {
  id: string;
  customerId: string;
  stepId: string;
  status: MessageStatus;
  createdAt: string;
}

// `messages.list`, the integrators' read of what was sent: filters, keyset pages, tenant isolation.
describe('messages tRPC API', () => {
  let test: TestServer;
  let workspace: TestWorkspace;
  let other: TestWorkspace;
  let api: Api;
  let journeyId: string;
  let mei: string;
  let ken: string;
  let otherCustomer: string;
  let otherJourneyId: string;
  const seeded: Seeded[] = [];
  const otherIds: string[] = [];

  async function seed(
    target: TestWorkspace,
    message: { customerId: string; journeyId: string; stepId: string; status: MessageStatus; createdAt: string },
  ) {
    const { id } = await insertMessage(test.database.db, {
      workspaceId: target.workspaceId,
      customerId: message.customerId,
      journeyId: message.journeyId,
      stepId: message.stepId,
      channel: 'line',
      name: `Message at ${message.stepId}`,
      body: 'Hi',
      status: message.status,
      idempotencyKey: randomUUID(),
      createdAt: message.createdAt,
      ...(message.status === 'skipped' ? { reason: 'no_address', detail: 'No LINE user id.' } : {}),
      ...(message.status === 'sent' ? { sentAt: message.createdAt } : {}),
    });
    return id;
  }

  beforeAll(async () => {
    test = await startTestServer('server_messages');
    workspace = await createTestWorkspace(test);
    other = await createTestWorkspace(test, 'Other');
    api = trpcClient(test, workspace.fullKey);
    const otherApi = trpcClient(test, other.fullKey);
    journeyId = (await api.journeys.create.mutate({ name: 'Welcome' })).id;
    otherJourneyId = (await otherApi.journeys.create.mutate({ name: 'Theirs' })).id;
    mei = await identifyCustomer(test, workspace, 'mei', { name: 'Mei' });
    ken = await identifyCustomer(test, workspace, 'ken', { name: 'Ken' });
    otherCustomer = await identifyCustomer(test, other, 'mei', { name: 'Other Mei' });

    // 23 messages; ties on the same microsecond and neighbours a microsecond apart test the cursor.
    const statuses: MessageStatus[] = ['sent', 'skipped', 'failed'];
    for (let index = 0; index < 23; index += 1) {
      // Pairs share a timestamp; the same day again ten messages later is one microsecond on.
      const pair = Math.floor(index / 2);
      const micros = String(100000 + Math.floor(index / 10)).padStart(6, '0');
      const message = {
        customerId: index % 2 === 0 ? mei : ken,
        journeyId,
        stepId: index % 4 === 0 ? 'send-coupon' : 'send-welcome',
        status: statuses[index % 3] ?? 'sent',
        createdAt: `2026-03-0${1 + (pair % 5)}T10:00:00.${micros}Z`,
      };
      seeded.push({ ...message, id: await seed(workspace, message) });
    }
    for (let index = 0; index < 3; index += 1) {
      const message = {
        customerId: otherCustomer,
        journeyId: otherJourneyId,
        stepId: 'send-welcome',
        status: 'sent' as const,
        createdAt: `2026-03-02T10:00:00.10000${index}Z`,
      };
      otherIds.push(await seed(other, message));
    }
  });
  afterAll(async () => test.close());

  /** Every page of a query, following `nextCursor`. */
  async function allPages(input: ListInput, limit: number) {
    const ids: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 100; page += 1) {
      const result = await api.messages.list.query({ ...input, limit, ...(cursor ? { cursor } : {}) });
      expect(result.items.length).toBeLessThanOrEqual(limit);
      ids.push(...result.items.map((item) => item.id));
      if (result.nextCursor === null) return ids;
      cursor = result.nextCursor;
    }
    throw new Error('pagination did not end');
  }

  /** The seeded ids matching `keep`, newest first (ties by id, descending, as Postgres orders uuids). */
  function expected(keep: (message: Seeded) => boolean): string[] {
    return seeded
      .filter(keep)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
      .map((message) => message.id);
  }

  it('pages through every message newest first, none lost or repeated, none of another workspace', async () => {
    for (const limit of [1, 4, 7, 23, 200]) {
      const ids = await allPages({}, limit);
      expect(ids).toEqual(expected(() => true));
      expect(new Set(ids).size).toBe(seeded.length);
      expect(ids.some((id) => otherIds.includes(id))).toBe(false);
    }
  });

  it('returns each row with its journey, step, customer and outcome', async () => {
    const skipped = seeded.find((message) => message.status === 'skipped');
    const page = await api.messages.list.query({ status: 'skipped', limit: 200 });
    const row = page.items.find((item) => item.id === skipped?.id);
    expect(row).toEqual({
      id: skipped?.id,
      journeyId,
      journeyName: 'Welcome',
      stepId: skipped?.stepId,
      customerId: skipped?.customerId,
      externalId: skipped?.customerId === mei ? 'mei' : 'ken',
      channel: 'line',
      name: `Message at ${skipped?.stepId}`,
      status: 'skipped',
      reason: 'no_address',
      detail: 'No LINE user id.',
      createdAt: skipped ? new Date(skipped.createdAt).toISOString() : undefined,
      sentAt: null,
    });
    const sent = (await api.messages.list.query({ status: 'sent', limit: 1 })).items[0];
    expect(sent?.sentAt).toBe(sent?.createdAt);
  });

  it('filters by journey, step, customer, external id, status and time, across pages', async () => {
    const cases: [ListInput, (message: Seeded) => boolean][] = [
      [{ journeyId }, () => true],
      [{ stepId: 'send-coupon' }, (message) => message.stepId === 'send-coupon'],
      [{ customerId: ken }, (message) => message.customerId === ken],
      [{ externalId: 'mei' }, (message) => message.customerId === mei],
      [{ status: 'failed' }, (message) => message.status === 'failed'],
      [{ status: ['sent', 'skipped'] }, (message) => message.status !== 'failed'],
      [
        { from: '2026-03-02T00:00:00Z', to: '2026-03-04T00:00:00Z' },
        (message) => message.createdAt >= '2026-03-02' && message.createdAt < '2026-03-04',
      ],
      [
        { externalId: 'ken', status: 'sent', stepId: 'send-welcome' },
        (message) => message.customerId === ken && message.status === 'sent' && message.stepId === 'send-welcome',
      ],
    ];
    for (const [input, keep] of cases) {
      const want = expected(keep);
      expect(want.length).toBeGreaterThan(0);
      expect(await allPages(input, 3)).toEqual(want);
    }
  });

  it('never shows another workspace’s messages, even when asked for its journey or customer', async () => {
    expect((await api.messages.list.query({ customerId: otherCustomer })).items).toEqual([]);
    expect((await api.messages.list.query({ journeyId: otherJourneyId })).items).toEqual([]);
    const theirs = await trpcClient(test, other.fullKey).messages.list.query({ externalId: 'mei' });
    expect(theirs.items.map((item) => item.id).sort()).toEqual([...otherIds].sort());
  });

  it('answers the plain GET of the README', async () => {
    const input = encodeURIComponent(JSON.stringify({ externalId: 'ken', limit: 2 }));
    const response = await test.server.app.inject({
      method: 'GET',
      url: `/trpc/messages.list?input=${input}`,
      headers: { authorization: `Bearer ${workspace.fullKey}` },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ result: { data: { items: { id: string }[]; nextCursor: string } } }>();
    expect(body.result.data.items.map((item) => item.id)).toEqual(expected((m) => m.customerId === ken).slice(0, 2));
    expect(body.result.data.nextCursor).toEqual(expect.any(String));
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const bad: [ListInput, string][] = [
      [{ limit: 201 }, 'limit'],
      [{ status: 'bounced' as MessageStatus }, 'status'],
      [{ journeyId: 'not-a-uuid' }, 'journeyId'],
      [{ from: 'yesterday' }, 'from'],
      [{ from: '2026-03-04T00:00:00Z', to: '2026-03-02T00:00:00Z' }, 'to'],
      [{ cursor: 'page-2' }, 'cursor'],
    ];
    for (const [input, field] of bad) {
      const error = await trpcError(api.messages.list.query(input));
      expect(error.data).toMatchObject({ code: 'BAD_REQUEST', httpStatus: 400 });
      expect(error.data?.issues?.map((issue) => issue.path)).toContain(field);
    }
  });
});
