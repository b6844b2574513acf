// Static lists filled from files drive journeys like rule segments do: appending enters customers
// into the journey that starts on the list, replacing takes the others off (and out of the journey
// that exits on leaving it), removing takes the named ones off; branches test membership.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { eventually } from '../../support/eventually';
import { apiClient, createWorkspaceWithKey, ingest, startStack, type ApiClient, type Stack } from '../../support/stack';
import { importEnded, uploadedFileId } from './support';

function listJourney(listId: string): JourneyGraphInput {
  return {
    nodes: [
      { id: 'trigger', type: 'core.trigger.segment', data: { config: { segmentId: listId } } },
      { id: 'wait', type: 'core.wait', data: { config: { mode: 'duration', duration: { amount: 7, unit: 'days' } } } },
      { id: 'end', type: 'core.end' },
    ],
    edges: [
      { id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'wait' },
      { id: 'e2', source: 'wait', sourceHandle: 'out', target: 'end' },
    ],
    settings: { exitOn: [{ event: 'segment_exited', where: [{ path: 'segmentId', op: 'eq', value: listId }] }] },
  };
}

/** event → branch on the list → tag `on-list` or `off-list`. */
function branchOnList(listId: string): JourneyGraphInput {
  const tag = (id: string, add: string) => ({ id, type: 'core.tag', data: { config: { add: [add] } } });
  return {
    nodes: [
      { id: 'trigger', type: 'core.trigger.event', data: { config: { event: 'checkout' } } },
      {
        id: 'branch',
        type: 'core.branch',
        data: { config: { conditions: [{ subject: 'segment', op: 'member', segmentId: listId }] } },
      },
      tag('yes', 'on-list'),
      tag('no', 'off-list'),
      { id: 'end', type: 'core.end' },
    ],
    edges: [
      { id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'branch' },
      { id: 'e2', source: 'branch', sourceHandle: 'true', target: 'yes' },
      { id: 'e3', source: 'branch', sourceHandle: 'false', target: 'no' },
      { id: 'e4', source: 'yes', sourceHandle: 'out', target: 'end' },
      { id: 'e5', source: 'no', sourceHandle: 'out', target: 'end' },
    ],
  };
}

const emails = (...names: string[]) => ['Email,Name', ...names.map((name) => `${name}@vip.tw,${name}`)].join('\n');
const mapping = { columns: { Email: 'email', Name: { target: 'attribute', key: 'name' } } } as const;

describe('static lists from files (real Postgres, Temporal dev server, worker and HTTP server)', () => {
  let stack: Stack;
  let api: ApiClient;
  let key: string;

  beforeAll(async () => {
    stack = await startStack('list_journeys');
    ({ key } = await createWorkspaceWithKey(stack, 'Lists'));
    api = apiClient(stack, key);
  });
  afterAll(async () => stack?.close());

  async function fill(listId: string, mode: 'append' | 'replace' | 'remove', csv: string) {
    const fileId = await uploadedFileId(stack.url, key, `${mode}.csv`, csv);
    const job = await api.imports.start.mutate({ fileId, mapping, list: { listId, mode } });
    return importEnded(api, job.id);
  }

  async function members(listId: string): Promise<string[]> {
    const page = await api.customers.list.query({ segmentId: listId, limit: 100 });
    return page.items.map((item) => String(item.name)).sort();
  }

  async function enrollments(journeyId: string) {
    const rows = await stack.database.db
      .selectFrom('enrollments')
      .innerJoin('customers', 'customers.id', 'enrollments.customerId')
      .select(['customers.attributes', 'enrollments.status', 'enrollments.exitReason'])
      .where('journeyId', '=', journeyId)
      .execute();
    return rows.map((row) => [String(row.attributes.name), row.status, row.exitReason]).sort();
  }

  it('append, replace and remove change membership and start and exit the journeys that watch the list', async () => {
    const list = await api.lists.create.mutate({ name: 'VIP 2024' });
    expect(list.kind).toBe('list');
    const journey = await api.journeys.create.mutate({ name: 'VIP welcome', graph: listJourney(list.id) });
    await api.journeys.publish.mutate({ journeyId: journey.id });

    expect(await fill(list.id, 'append', emails('ann', 'bob'))).toMatchObject({
      status: 'completed',
      imported: 2,
      created: 2,
    });
    expect(await members(list.id)).toEqual(['ann', 'bob']);
    await eventually(async () => ((await enrollments(journey.id)).length === 2 ? true : undefined));
    expect(await enrollments(journey.id)).toEqual([
      ['ann', 'running', null],
      ['bob', 'running', null],
    ]);

    // Replace: carol joins, ann stays (and is not entered again), bob leaves and exits the journey.
    expect(await fill(list.id, 'replace', emails('ann', 'carol'))).toMatchObject({
      status: 'completed',
      imported: 2,
      created: 1,
    });
    expect(await members(list.id)).toEqual(['ann', 'carol']);
    await eventually(async () => {
      const rows = await enrollments(journey.id);
      return rows.length === 3 && rows.some((row) => row[1] === 'exited') ? rows : undefined;
    });
    expect(await enrollments(journey.id)).toEqual([
      ['ann', 'running', null],
      ['bob', 'exited', 'exit_event:segment_exited'],
      ['carol', 'running', null],
    ]);

    // Remove matches existing customers only; an unknown one is a rejected row, and nobody is created.
    const removed = await fill(list.id, 'remove', emails('carol', 'zed'));
    expect(removed).toMatchObject({ status: 'completed', imported: 1, created: 0, rejected: 1 });
    expect(await api.imports.rejects.query({ id: removed.id })).toMatchObject([
      { row: 3, problems: [{ code: 'unknown_customer' }] },
    ]);
    expect(await members(list.id)).toEqual(['ann']);
    await eventually(async () =>
      (await enrollments(journey.id)).filter((row) => row[1] === 'exited').length === 2 ? true : undefined,
    );

    // Branches test list membership like any segment's.
    const branching = await api.journeys.create.mutate({ name: 'Checkout', graph: branchOnList(list.id) });
    await api.journeys.publish.mutate({ journeyId: branching.id });
    for (const name of ['ann', 'bob']) {
      const tracked = await ingest(stack, key, '/v1/track', {
        event: 'checkout',
        context: { traits: { email: `${name}@vip.tw` } },
      });
      expect(tracked.status).toBe(200);
    }
    const tagged = await eventually(async () => {
      const page = await api.customers.list.query({ limit: 100 });
      const tags = Object.fromEntries(
        page.items.map((item) => [String(item.name), item.tags.filter((tag) => tag.endsWith('list'))]),
      );
      return tags.ann?.length === 1 && tags.bob?.length === 1 ? tags : undefined;
    });
    expect([tagged.ann, tagged.bob]).toEqual([['on-list'], ['off-list']]);

    // A list has no rule to edit, and only a list takes members from a file.
    await expect(
      api.segments.update.mutate({ id: list.id, rule: { type: 'tag', tag: 'x', has: true } }),
    ).rejects.toMatchObject({
      data: { httpStatus: 412 },
    });
    const rule = await api.segments.create.mutate({
      name: 'Tagged',
      rule: { type: 'list', listId: list.id, negate: false },
    });
    expect((await api.segments.list.query()).find((segment) => segment.id === rule.id)?.memberCount).toBe(1);
    const fileId = await uploadedFileId(stack.url, key, 'x.csv', emails('dan'));
    await expect(
      api.imports.start.mutate({ fileId, mapping, list: { listId: rule.id, mode: 'append' } }),
    ).rejects.toMatchObject({
      data: { httpStatus: 412 },
    });
  });
});
