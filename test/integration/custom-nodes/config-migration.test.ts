// Upgrading a node package under running customers, on the real stack: a journey published with
// v1 of the example stamp card (whose config called the card size `stamps`) keeps running on v1's
// IR after the worker restarts with v2 (`size`, migrated by the spec's `migrations`), and a draft
// saved with v1 compiles against v2.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadRuntimeRegistry } from '@wayfarer/config';
import { findCustomerByExternalId } from '@wayfarer/db';
import { compileJourney, type JourneyGraphInput, type JourneyIR } from '@wayfarer/journey';
import { builtinNodeTypes, createNodeRegistry, defineNodeType } from '@wayfarer/nodes';
import {
  builtinRuntimes,
  createRuntimeRegistry,
  defineRuntime,
  profileService,
  type RuntimeRegistry,
} from '@wayfarer/nodes/runtime';
import { eventually } from '../../support/eventually';
import { apiClient, createWorkspaceWithKey, ingest, startStack, type Stack } from '../../support/stack';

/** The stamp card as version 1 of the package shipped it. */
const stampCardV1 = defineNodeType({
  type: 'example.stamp-card',
  version: 1,
  kind: 'action',
  category: 'custom',
  title: { en: 'Stamp card', 'zh-TW': '集點卡蓋章', 'zh-CN': '集点卡盖章' },
  description: { en: 'Add a stamp.', 'zh-TW': '蓋一個章。', 'zh-CN': '盖一个章。' },
  config: z.object({ card: z.string().min(1), stamps: z.number().int().min(2) }),
  ports: [{ name: 'stamped' }, { name: 'card_full' }],
  eventsRead: () => [],
});

const stampCardV1Runtime = defineRuntime(stampCardV1, {
  needs: [profileService],
  execute: async (config, { customer, services: { profile } }) => {
    const attribute = `stamps_${config.card}`;
    const stamps = Number(customer.attributes[attribute] ?? 0) + 1;
    await profile.setAttributes({ [attribute]: stamps >= config.stamps ? 0 : stamps });
    return { port: stamps >= config.stamps ? 'card_full' : 'stamped' };
  },
});

const v1: RuntimeRegistry = createRuntimeRegistry(createNodeRegistry([...builtinNodeTypes, stampCardV1]), [
  ...builtinRuntimes,
  stampCardV1Runtime,
]);

const aDay = { amount: 1, unit: 'days' } as const;
const stampV1 = (id: string) => ({
  id,
  type: 'example.stamp-card',
  data: { typeVersion: 1, config: { card: 'coffee', stamps: 2 } },
});

/** visit → stamp → wait for `come_back` → stamp again → full: tag `card_full` / not: tag `stamped`. */
const twoVisits: JourneyGraphInput = {
  nodes: [
    { id: 'visit', type: 'core.trigger.event', data: { config: { event: 'store_visit', where: [] } } },
    stampV1('first'),
    {
      id: 'wait',
      type: 'core.wait',
      data: { config: { mode: 'event', event: 'come_back', where: [], timeout: aDay } },
    },
    stampV1('second'),
    { id: 'full', type: 'core.tag', data: { config: { add: ['card_full'] } } },
    { id: 'not-full', type: 'core.tag', data: { config: { add: ['stamped'] } } },
  ],
  edges: [
    { id: 'e1', source: 'visit', sourceHandle: 'out', target: 'first' },
    { id: 'e2', source: 'first', sourceHandle: 'stamped', target: 'wait' },
    { id: 'e3', source: 'wait', sourceHandle: 'event', target: 'second' },
    { id: 'e4', source: 'second', sourceHandle: 'card_full', target: 'full' },
    { id: 'e5', source: 'second', sourceHandle: 'stamped', target: 'not-full' },
  ],
};

describe('a node package upgraded from v1 to v2 under a running customer', () => {
  let stack: Stack;
  let key: string;
  let workspaceId: string;

  beforeAll(async () => {
    stack = await startStack('config_migration', { runtimes: v1 });
    ({ key, workspaceId } = await createWorkspaceWithKey(stack, 'Upgrades'));
  });
  afterAll(async () => stack?.close());

  const track = async (event: string, messageId: string) => {
    const answer = await ingest(stack, key, '/v1/track', { userId: 'ann', event, messageId });
    expect(answer.status).toBeLessThan(300);
  };

  it('compiles a draft saved with v1 once v2 is installed', async () => {
    const v2 = await loadRuntimeRegistry();
    expect(v2.nodes.get('example.stamp-card')?.version).toBe(2);
    const result = compileJourney(twoVisits, v2.nodes);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.steps.second).toMatchObject({ typeVersion: 2, config: { card: 'coffee', size: 2 } });
  });

  it('finishes a customer inside a v1 journey on v1’s IR after the worker restarts with v2', async () => {
    const api = apiClient(stack, key);
    const created = await api.journeys.create.mutate({ name: 'Two visits', graph: twoVisits });
    await api.journeys.publish.mutate({ journeyId: created.id });
    await track('store_visit', 'ann-visit');
    const customer = await findCustomerByExternalId(stack.database.db, workspaceId, 'ann');
    if (!customer) throw new Error('ann was not stored');
    const enrollment = await stack.database.db
      .selectFrom('enrollments')
      .selectAll()
      .where('customerId', '=', customer.id)
      .executeTakeFirstOrThrow();
    // v1 ran the first stamp and the customer waits: the version holds v1's config.
    await eventually(async () =>
      stack.database.db
        .selectFrom('stepEvents')
        .select('id')
        .where('enrollmentId', '=', enrollment.id)
        .where('stepId', '=', 'wait')
        .where('kind', '=', 'entered')
        .executeTakeFirst(),
    );
    const version = await stack.database.db
      .selectFrom('journeyVersions')
      .select('ir')
      .where('id', '=', enrollment.journeyVersionId)
      .executeTakeFirstOrThrow();
    const ir = version.ir as JourneyIR;
    expect(ir.steps.second).toMatchObject({ typeVersion: 1, config: { card: 'coffee', stamps: 2 } });

    await stack.restartWorker(await loadRuntimeRegistry());
    await track('come_back', 'ann-back');

    const done = await eventually(async () => {
      const row = await stack.database.db
        .selectFrom('enrollments')
        .selectAll()
        .where('id', '=', enrollment.id)
        .executeTakeFirstOrThrow();
      return row.status === 'running' ? undefined : row;
    });
    expect(done.status).toBe('completed');
    // v2 read the card size from v1's `stamps` (migrated): the second stamp filled the card and the
    // customer followed v1's IR to its `card_full` step; v2's runtime also recorded the full card.
    const tags = await stack.database.db
      .selectFrom('customerTags')
      .select('tag')
      .where('customerId', '=', customer.id)
      .execute();
    expect(tags.map((row) => row.tag)).toEqual(['card_full']);
    const recorded = await stack.database.db
      .selectFrom('events')
      .select(['name', 'properties'])
      .where('customerId', '=', customer.id)
      .where('name', '=', 'stamp_card_completed')
      .execute();
    expect(recorded).toEqual([
      { name: 'stamp_card_completed', properties: expect.objectContaining({ card: 'coffee', size: 2 }) },
    ]);
  });
});
