// Exports as background jobs: a workspace's customers (and one list's members) written to a file
// page by page by the export workflow, the file byte for byte what the streaming export gives,
// formula-looking cells neutralised; the file is downloadable only once the job completed.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addListMembers, createList, resolveImportedCustomers } from '@wayfarer/db';
import { eventually } from '../../support/eventually';
import { apiClient, createWorkspaceWithKey, startStack, type ApiClient, type Stack } from '../../support/stack';

const CUSTOMERS = 2_500;

/** The file's rows after its byte order mark. */
function rowsOf(text: string): string[][] {
  return parse(text.slice(1));
}

describe('customer export jobs (real Postgres, Temporal dev server, worker and HTTP server)', () => {
  let stack: Stack;
  let api: ApiClient;
  let key: string;
  let listId: string;
  const members: string[] = [];

  beforeAll(async () => {
    stack = await startStack('export_jobs');
    const created = await createWorkspaceWithKey(stack, 'Export jobs');
    key = created.key;
    api = apiClient(stack, key);
    const { db } = stack.database;
    const sets = Array.from({ length: CUSTOMERS }, (_, index) => [
      { kind: 'user_id' as const, value: `c${String(index).padStart(5, '0')}` },
      { kind: 'email' as const, value: `c${index}@example.tw` },
    ]);
    // Every 100th name looks like a formula; CJK and emoji elsewhere.
    const nameOf = (index: number) => (index % 100 === 0 ? `=HYPERLINK("http://x/${index}")` : `會員 ${index} 🌸`);
    const resolved = await db.transaction().execute((trx) =>
      resolveImportedCustomers(trx, created.workspaceId, sets, {
        attributesOf: (index) => ({ name: nameOf(index) }),
      }),
    );
    const list = await createList(db, created.workspaceId, { name: 'VIP', description: '' });
    listId = list.id;
    for (const [index, customer] of resolved.entries()) if (index % 7 === 0) members.push(customer.customerId);
    await db.transaction().execute((trx) => addListMembers(trx, list, members, new Date()));
  });
  afterAll(async () => stack?.close());

  async function download(path: string) {
    const response = await fetch(`${stack.url}${path}`, { headers: { authorization: `Bearer ${key}` } });
    return { status: response.status, text: Buffer.from(await response.arrayBuffer()).toString('utf8') };
  }

  async function ended(id: string) {
    return eventually(async () => {
      const job = await api.exports.get.query({ id });
      return job.status === 'running' ? undefined : job;
    }, 120_000);
  }

  it('writes every customer with the chosen columns, the same bytes as the streamed export', async () => {
    const columns = ['external_id', 'attributes.name', 'email'] as const;
    const started = await api.exports.start.mutate({ columns: [...columns] });
    expect(started).toMatchObject({ status: 'running', total: CUSTOMERS, downloadPath: null });
    const job = await ended(started.id);
    expect(job).toMatchObject({ status: 'completed', total: CUSTOMERS, exported: CUSTOMERS });
    const file = await download(job.downloadPath ?? '');
    expect(file.status).toBe(200);
    const streamed = await download(`/v1/exports/customers.csv?columns=${columns.join(',')}`);
    expect(file.text).toBe(streamed.text);
    expect(file.text.startsWith('\ufeff')).toBe(true);
    const rows = rowsOf(file.text);
    expect(rows).toHaveLength(CUSTOMERS + 1);
    expect(rows[0]).toEqual([...columns]);
    expect(rows.find((row) => row[0] === 'c00100')).toEqual([
      'c00100',
      `'=HYPERLINK("http://x/100")`,
      'c100@example.tw',
    ]);
    expect(rows.find((row) => row[0] === 'c00101')).toEqual(['c00101', '會員 101 🌸', 'c101@example.tw']);
    expect(new Set(rows.slice(1).map((row) => row[0])).size).toBe(CUSTOMERS);
  });

  it("exports one list's members only", async () => {
    const started = await api.exports.start.mutate({ columns: ['external_id'], segmentId: listId });
    const job = await ended(started.id);
    expect(job).toMatchObject({ status: 'completed', total: members.length, exported: members.length });
    const file = await download(job.downloadPath ?? '');
    const ids = rowsOf(file.text)
      .slice(1)
      .map((row) => row[0]);
    const expected = Array.from({ length: CUSTOMERS }, (_, index) => index)
      .filter((index) => index % 7 === 0)
      .map((index) => `c${String(index).padStart(5, '0')}`);
    expect(ids.sort()).toEqual(expected);
  });

  it('refuses what it cannot do with a 4xx naming the problem', async () => {
    await expect(api.exports.start.mutate({ columns: ['password'] })).rejects.toMatchObject({
      data: { httpStatus: 400 },
    });
    await expect(
      api.exports.start.mutate({ columns: ['email'], segmentId: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toMatchObject({ data: { httpStatus: 404 } });
    const unknown = await download('/v1/exports/00000000-0000-4000-8000-000000000000/file.csv');
    expect(unknown).toMatchObject({ status: 404 });
  });
});
