// Personal data on request: a customer's export holds everything about them, and after erasure no
// table holds their email, phone, name, external id or LINE user id — while their journeys have
// ended and anonymous aggregates remain.
import { randomBytes } from 'node:crypto';
import { setChannelConsent } from '@wayfarer/db';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { journeyWorkflowId } from '@wayfarer/workflows';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../../support/eventually';
import { apiClient, createWorkspaceWithKey, ingest, startStack, type ApiClient, type Stack } from '../../support/stack';

let stack: Stack;
let api: ApiClient;
let key: string;
let workspaceId: string;

const suffix = randomBytes(5).toString('hex');
const person = {
  userId: `ext-${suffix}`,
  email: `zelda.${suffix}@example.com`,
  phone: '+886912345678',
  name: `Zelda Quixote${suffix}`,
  lineUserId: `U${randomBytes(16).toString('hex')}`,
};

/** joined → send (with the name) → wait 30 days → end: the customer is left waiting. */
const waitingJourney: JourneyGraphInput = {
  nodes: [
    { id: 'trigger', type: 'core.trigger.event', data: { config: { event: 'joined' } } },
    {
      id: 'send',
      type: 'core.send',
      data: {
        config: { channel: 'outbox', name: 'Welcome', body: 'Welcome {{ customer.name }} ({{ customer.email }})' },
      },
    },
    { id: 'wait', type: 'core.wait', data: { config: { mode: 'duration', duration: { amount: 30, unit: 'days' } } } },
    { id: 'end', type: 'core.end' },
  ],
  edges: [
    { id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'send' },
    { id: 'e2', source: 'send', sourceHandle: 'sent', target: 'wait' },
    { id: 'e3', source: 'wait', sourceHandle: 'out', target: 'end' },
  ],
};

let customerId: string;
let journeyId: string;

beforeAll(async () => {
  stack = await startStack('trust_privacy');
  ({ key, workspaceId } = await createWorkspaceWithKey(stack, 'Privacy'));
  api = apiClient(stack, key);
  const journey = await api.journeys.create.mutate({ name: 'Welcome', graph: waitingJourney });
  journeyId = journey.id;
  await api.journeys.publish.mutate({ journeyId });
  const { db } = stack.database;
  const identify = await ingest(stack, key, '/v1/identify', {
    userId: person.userId,
    traits: {
      email: person.email,
      phone: person.phone,
      lineUserId: person.lineUserId,
      name: person.name,
      city: 'Taipei',
    },
  });
  expect(identify.status).toBe(200);
  const row = await db
    .selectFrom('customers')
    .select('id')
    .where('externalId', '=', person.userId)
    .executeTakeFirstOrThrow();
  customerId = row.id;
  expect(
    (
      await ingest(stack, key, '/v1/track', {
        userId: person.userId,
        event: 'joined',
        properties: { email: person.email },
      })
    ).status,
  ).toBe(200);
  // Entered, sent the welcome, now waiting.
  await eventually(async () => {
    const message = await db
      .selectFrom('messages')
      .select('body')
      .where('customerId', '=', customerId)
      .executeTakeFirst();
    return message?.body.includes(person.name) ? message : undefined;
  });
  await db.insertInto('customerTags').values({ workspaceId, customerId, tag: 'vip', source: 'test' }).execute();
  await setChannelConsent(db, { workspaceId, customerId, channel: 'email', status: 'subscribed', source: 'test' });
  const segment = await api.segments.create.mutate({
    name: 'Taipei',
    rule: { type: 'attribute', key: 'city', op: 'eq', value: 'Taipei' },
  });
  await db
    .insertInto('segmentMemberships')
    .values({ segmentId: segment.id, customerId, workspaceId })
    .onConflict((c) => c.doNothing())
    .execute();
}, 120_000);

afterAll(async () => {
  await stack.close();
});

/** Every text-like column of every table in the schema holding any of the needles: "table.column". */
async function tablesHolding(needles: string[]): Promise<string[]> {
  const { db } = stack.database;
  const columns = await sql<{ tbl: string; col: string }>`
    select c.table_name as tbl, c.column_name as col from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
      and c.data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY', 'character')`.execute(db);
  expect(columns.rows.length).toBeGreaterThan(20);
  const found: string[] = [];
  for (const { tbl: table, col: column } of columns.rows) {
    for (const needle of needles) {
      const hits = await sql<{ n: string }>`
        select count(*) as n from ${sql.table(table)} where position(lower(${needle}) in lower(${sql.ref(column)}::text)) > 0`.execute(
        db,
      );
      if (Number(hits.rows[0]?.n ?? 0) > 0) found.push(`${table}.${column} ∋ ${needle}`);
    }
  }
  return found;
}

const needles = () => [person.email, person.phone, person.name, person.userId, person.lineUserId];

describe('personal data', () => {
  it('exports everything about the customer', async () => {
    const exported = await api.privacy.exportData.query({ customerId });
    expect(exported).toMatchObject({ format: 'wayfarer.customer-export', customerId });
    const { data } = exported;
    expect(data.profile).toMatchObject({ externalId: person.userId, attributes: { name: person.name } });
    expect(data.identities.map((identity) => identity.kind).sort()).toEqual(['email', 'line', 'phone', 'user_id']);
    expect(data.tags.map((tag) => tag.tag)).toEqual(['vip']);
    expect(data.events.map((event) => event.name)).toEqual(expect.arrayContaining(['joined']));
    expect(data.enrollments).toHaveLength(1);
    expect(data.enrollments[0]?.steps.map((step) => step.stepId)).toEqual(
      expect.arrayContaining(['trigger', 'send', 'wait']),
    );
    expect(data.messages[0]?.body).toContain(person.name);
    expect(data.consents).toHaveLength(1);
    expect(data.segmentMemberships).toHaveLength(1);
    for (const section of ['pointsLedger', 'coupons', 'badges', 'streaks', 'lotteryDraws'] as const) {
      expect(data[section]).toEqual([]);
    }
    expect(data.tiers).toEqual({ current: [], history: [], value: expect.any(Array) as unknown });
    const { entries } = await api.audit.list.query({ action: 'privacy.exportData' });
    expect(entries[0]).toMatchObject({ entityType: 'customer', entityId: customerId });
  });

  it('finds the customer before erasure (the scan works)', async () => {
    const found = await tablesHolding(needles());
    expect(found).toEqual(expect.arrayContaining([`customers.external_id ∋ ${person.userId}`]));
    expect(found.some((hit) => hit.startsWith('messages.body'))).toBe(true);
    expect(found.some((hit) => hit.startsWith('customer_identities.value'))).toBe(true);
  });

  it('erases: journeys end, and no table holds their personal data', async () => {
    const result = await api.privacy.eraseCustomer.mutate({ customerId });
    expect(result).toMatchObject({ customerId, identities: 4, tags: 1, consents: 1, segmentMemberships: 1 });
    expect(result.events).toBeGreaterThanOrEqual(2);
    expect(result.journeysExited + result.journeysTerminated).toBe(1);

    const { db } = stack.database;
    const enrollment = await db
      .selectFrom('enrollments')
      .selectAll()
      .where('customerId', '=', customerId)
      .executeTakeFirstOrThrow();
    expect(enrollment).toMatchObject({ status: 'exited', exitReason: 'erased' });
    const description = await stack.env.client.workflow.getHandle(enrollment.workflowId).describe();
    expect(description.status.name).not.toBe('RUNNING');
    expect(enrollment.workflowId).toBe(journeyWorkflowId(journeyId, customerId));

    expect(await tablesHolding(needles())).toEqual([]);

    const customer = await db
      .selectFrom('customers')
      .selectAll()
      .where('id', '=', customerId)
      .executeTakeFirstOrThrow();
    expect(customer.externalId).toMatch(/^erased:[0-9a-f-]{36}$/);
    expect(customer.attributes).toEqual({});
    expect(await db.selectFrom('messages').select('id').where('customerId', '=', customerId).execute()).toHaveLength(1);

    const { entries } = await api.audit.list.query({ action: 'privacy.eraseCustomer' });
    expect(entries[0]).toMatchObject({ entityType: 'customer', entityId: customerId, diff: { input: { customerId } } });
  });

  it('starts a new, unrelated profile when the person comes back', async () => {
    await ingest(stack, key, '/v1/identify', { userId: person.userId, traits: { email: person.email } });
    const fresh = await stack.database.db
      .selectFrom('customers')
      .select('id')
      .where('externalId', '=', person.userId)
      .executeTakeFirstOrThrow();
    expect(fresh.id).not.toBe(customerId);
  });
});
