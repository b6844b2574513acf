// Customers out as CSV: a file imported through the real job comes back out with the chosen
// columns (CJK and emoji intact, a formula-looking cell neutralised), a list's export holds only
// its members, and bad requests get a 4xx naming what is wrong.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customersCsv } from '@wayfarer/exports';
import { apiClient, createWorkspaceWithKey, startStack, type ApiClient, type Stack } from '../../support/stack';
import { importEnded, uploadedFileId } from '../imports/support';

const csv = [
  '會員編號,姓名,手機,Email,標籤',
  'M001,王小明 🎉,0912345678,ming@example.tw,vip|pos',
  'M002,=HYPERLINK("http://x"),,formula@example.tw,',
  'M003,"Chen, Amy",0922333444,,',
].join('\r\n');

const mapping = {
  columns: {
    會員編號: 'externalId',
    姓名: { target: 'attribute', key: 'name', type: 'text' },
    手機: 'phone',
    Email: 'email',
    標籤: { target: 'tags', separator: '|' },
  },
  defaultCountry: 'TW',
} as const;

describe('customers export (real Postgres, Temporal dev server, worker and HTTP server)', () => {
  let stack: Stack;
  let api: ApiClient;
  let key: string;
  let workspaceId: string;

  beforeAll(async () => {
    stack = await startStack('customers_export');
    ({ key, workspaceId } = await createWorkspaceWithKey(stack, 'Exports'));
    api = apiClient(stack, key);
    const fileId = await uploadedFileId(stack.url, key, 'members.csv', csv);
    const job = await api.imports.start.mutate({ fileId, mapping });
    expect(await importEnded(api, job.id)).toMatchObject({ status: 'completed' });
  });
  afterAll(async () => stack?.close());

  async function download(query: string, auth = `Bearer ${key}`) {
    const response = await fetch(`${stack.url}/v1/exports/customers.csv?${query}`, {
      headers: { authorization: auth },
    });
    // The raw bytes: response.text() would drop the byte order mark the file must start with.
    const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
    return { status: response.status, type: response.headers.get('content-type'), text };
  }

  function rowsOf(text: string): string[][] {
    expect(text.startsWith('\ufeff')).toBe(true);
    return parse(text.slice(1));
  }

  it('exports every customer with the chosen columns, safe to open in a spreadsheet', async () => {
    const columns = 'external_id,attributes.name,phone,email,tags';
    const file = await download(`columns=${encodeURIComponent(columns)}`);
    expect(file.status).toBe(200);
    expect(file.type).toContain('text/csv');
    const [heading, ...rows] = rowsOf(file.text);
    expect(heading).toEqual(columns.split(','));
    expect(rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      // A leading + starts a formula in a spreadsheet, so E.164 phones are quoted too.
      ['M001', '王小明 🎉', "'+886912345678", 'ming@example.tw', 'pos;vip'],
      ['M002', `'=HYPERLINK("http://x")`, '', 'formula@example.tw', ''],
      ['M003', 'Chen, Amy', "'+886922333444", '', ''],
    ]);
  });

  it('pages through the customers without losing or repeating one', async () => {
    // Keyset pages of one customer each must still give all three, once each.
    const chunks: string[] = [];
    for await (const chunk of customersCsv(stack.database.db, { workspaceId, columns: ['external_id'], pageSize: 1 }))
      chunks.push(chunk);
    expect(chunks).toHaveLength(4);
    const ids = rowsOf(chunks.join(''))
      .slice(1)
      .map((row) => row[0]);
    expect(ids.sort()).toEqual(['M001', 'M002', 'M003']);
  });

  it("exports a list's members only", async () => {
    const list = await api.lists.create.mutate({ name: 'Export VIP' });
    const fileId = await uploadedFileId(stack.url, key, 'vip.csv', 'Email\r\nming@example.tw');
    const job = await api.imports.start.mutate({
      fileId,
      mapping: { columns: { Email: 'email' } },
      list: { listId: list.id, mode: 'append' },
    });
    expect(await importEnded(api, job.id)).toMatchObject({ status: 'completed' });
    const file = await download(`columns=external_id,email&segmentId=${list.id}`);
    expect(rowsOf(file.text)).toEqual([
      ['external_id', 'email'],
      ['M001', 'ming@example.tw'],
    ]);
  });

  it('answers a bad column, an unknown list and a missing key with a 4xx that says why', async () => {
    const badColumn = await download('columns=external_id,password');
    expect(badColumn.status).toBe(400);
    expect(JSON.parse(badColumn.text)).toMatchObject({ error: 'invalid_request', field: 'columns' });
    const badId = await download('segmentId=nope');
    expect(badId.status).toBe(400);
    expect(JSON.parse(badId.text)).toMatchObject({ field: 'segmentId' });
    const unknown = await download('segmentId=00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect((await download('columns=external_id', 'Bearer wrong')).status).toBe(401);
  });
});
