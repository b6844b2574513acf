import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTier } from '@wayfarer/loyalty';
import { apiClient, createWorkspaceWithKey, ingest, startStack, type ApiClient, type Stack } from '../../support/stack';
import { memberFileMapping } from '../../support/member-file';
import { importedState, importEnded, uploadedFileId, uploadFile } from './support';

// A mixed file as a POS export gives it: a BOM, CJK and emoji names, local Taiwanese numbers, a
// row that is the same customer as an earlier one, rows that merge with customers identify made,
// bad dates, numbers and phones, formula-looking cells.
const file = [
  '\ufeff會員編號,姓名,手機,Email,生日,標籤,SMS 同意,同意時間,等級,點數,備註',
  'M001,王小明,0912-345-678,Ming@Example.com,1990-05-04,vip|new,是,2024-03-01 10:00,金卡,500,第一位',
  'M002,Mei 🌸,+886 933 111 222,,1985/12/31,,否,,,0,',
  ',陳大文,0922-000-111,,,,,,,120,',
  'M004,Bad Date,0955123456,,1990-02-30,,,,,,',
  'M001,王小明 again,0912345678,,,,,,,500,',
  'M005,"=HYPERLINK(""http://evil.example"",""click"")",0911222333,,,,,,gold,,',
  ",=cmd|' /C calc'!A0,,,,,,,,,",
  'M006,Bad phone,0912,,,,,,,,',
  'M007,李四,,LI@Example.com,2000年1月2日,,yes,,,abc,',
  'M008,,0922999888,both@x.tw,,,,,,,',
].join('\r\n');

// The member file's mapping, and the note column this file adds left out.
const mapping = { ...memberFileMapping, columns: { ...memberFileMapping.columns, 備註: 'ignore' as const } };

describe('customer import (real Postgres, Temporal dev server, worker and HTTP server)', () => {
  let stack: Stack;
  let api: ApiClient;
  let key: string;
  let workspaceId: string;

  beforeAll(async () => {
    stack = await startStack('customer_import');
    ({ key, workspaceId } = await createWorkspaceWithKey(stack, 'Imports'));
    api = apiClient(stack, key);
    await createTier(stack.database.db, workspaceId, {
      key: 'gold',
      name: '金卡',
      rank: 1,
      metric: 'points',
      threshold: 1000,
    });
    // Customers identify already knows: one by phone, two that a row of the file ties together.
    for (const body of [
      { userId: 'pos-77', traits: { phone: '+886922000111', name: 'Old Name' } },
      { traits: { phone: '+886922999888', city: 'Tainan' } },
      { traits: { email: 'both@x.tw', name: 'Both' } },
    ]) {
      expect((await ingest(stack, key, '/v1/identify', body)).status).toBe(200);
    }
  });
  afterAll(async () => stack?.close());

  it('previews the mapped rows with every problem before anything is written', async () => {
    const fileId = await uploadedFileId(stack.url, key, 'members.csv', file);
    const suggested = await api.imports.preview.query({ fileId });
    expect(suggested.header).toEqual([
      '會員編號',
      '姓名',
      '手機',
      'Email',
      '生日',
      '標籤',
      'SMS 同意',
      '同意時間',
      '等級',
      '點數',
      '備註',
    ]);
    expect(suggested.columns['手機']).toEqual({ target: 'phone' });
    const preview = await api.imports.preview.query({ fileId, mapping });
    expect(
      preview.rows.map((row) => [row.row, row.problems.map((problem) => `${problem.column}:${problem.code}`)]),
    ).toEqual([
      [2, []],
      [3, []],
      [4, []],
      [5, ['生日:invalid_date']],
      [6, []],
      [7, []],
      [8, ['null:no_identity']],
      [9, ['手機:invalid_phone']],
      [10, ['點數:invalid_points']],
      [11, []],
    ]);
    expect(preview.rows[0]?.record?.identities).toEqual([
      { kind: 'user_id', value: 'M001' },
      { kind: 'email', value: 'ming@example.com' },
      { kind: 'phone', value: '+886912345678' },
    ]);
    const { count } = (
      await sql<{
        count: number;
      }>`select count(*)::int as count from customers where workspace_id = ${workspaceId}`.execute(stack.database.db)
    ).rows[0]!;
    expect(count).toBe(3);
  });

  it('imports exactly the expected customers, identities, consents, tiers and ledger rows, and lists the rejected rows with why', async () => {
    const { db } = stack.database;
    const startedAt = new Date();
    const fileId = await uploadedFileId(stack.url, key, 'members.csv', file);
    const started = await api.imports.start.mutate({ fileId, mapping });
    const job = await importEnded(api, started.id);
    expect(job).toMatchObject({
      status: 'completed',
      totalRows: 10,
      processed: 10,
      imported: 5,
      created: 3,
      rejected: 5,
    });

    const state = await importedState(db, workspaceId);
    const byExternalId = new Map(state.customers.map((row) => [String(row.externalId), row]));
    expect([...byExternalId.keys()].sort()).toEqual(['M001', 'M002', 'M005', 'M008', 'pos-77']);
    const idOf = (externalId: string) => String(byExternalId.get(externalId)?.id);
    expect(byExternalId.get('M001')?.attributes).toEqual({ name: '王小明', birthday: '1990-05-04' });
    expect(byExternalId.get('M002')?.attributes).toEqual({ name: 'Mei 🌸', birthday: '1985-12-31' });
    // Identify kept its traits (the phone too); the file's name replaces the old one.
    expect(byExternalId.get('pos-77')?.attributes).toEqual({ name: '陳大文', phone: '+886922000111' });
    expect(byExternalId.get('M005')?.attributes).toEqual({ name: '=HYPERLINK("http://evil.example","click")' });
    // Two customers identify made, tied together by one row: merged as identify merges them.
    expect(byExternalId.get('M008')?.attributes).toEqual({
      name: 'Both',
      email: 'both@x.tw',
      city: 'Tainan',
      phone: '+886922999888',
    });
    expect(state.merges).toHaveLength(1);
    expect(state.merges[0]?.survivorId).toBe(idOf('M008'));

    expect(state.identities.map((row) => [row.kind, row.value, row.customerId])).toEqual([
      ['email', 'both@x.tw', idOf('M008')],
      ['email', 'ming@example.com', idOf('M001')],
      ['phone', '+886911222333', idOf('M005')],
      ['phone', '+886912345678', idOf('M001')],
      ['phone', '+886922000111', idOf('pos-77')],
      ['phone', '+886922999888', idOf('M008')],
      ['phone', '+886933111222', idOf('M002')],
      ['user_id', 'M001', idOf('M001')],
      ['user_id', 'M002', idOf('M002')],
      ['user_id', 'M005', idOf('M005')],
      ['user_id', 'M008', idOf('M008')],
      ['user_id', 'pos-77', idOf('pos-77')],
    ]);
    expect(state.tags.map((row) => [row.customerId, row.tag, row.source])).toEqual(
      [
        [idOf('M001'), 'new', 'import'],
        [idOf('M001'), 'vip', 'import'],
      ].sort(),
    );
    expect(state.consents.map((row) => [row.customerId, row.channel, row.status, row.source])).toEqual(
      [
        [idOf('M001'), 'sms', 'subscribed', 'pos'],
        [idOf('M002'), 'sms', 'unsubscribed', 'pos'],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    const consentAt = new Map(state.consents.map((row) => [String(row.customerId), new Date(String(row.updatedAt))]));
    expect(consentAt.get(idOf('M001'))?.toISOString()).toBe('2024-03-01T10:00:00.000Z');
    expect(consentAt.get(idOf('M002'))!.getTime()).toBeGreaterThanOrEqual(startedAt.getTime() - 1000);
    expect(state.tiers.map((row) => [row.customerId, row.tierKey]).sort()).toEqual(
      [
        [idOf('M001'), 'gold'],
        [idOf('M005'), 'gold'],
      ].sort(),
    );
    expect(state.ledger.map((row) => [row.customerId, row.delta, row.reason, row.expiresAt])).toEqual(
      expect.arrayContaining([
        [idOf('M001'), 500, 'Opening balance', null],
        [idOf('pos-77'), 120, 'Opening balance', null],
      ]),
    );
    expect(state.ledger).toHaveLength(2);

    const response = await fetch(`${stack.url}/v1/imports/${started.id}/rejected.csv`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = Buffer.from(await response.arrayBuffer());
    // A BOM first, so Excel reads the CJK names as UTF-8.
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('row,problems,會員編號,姓名,手機,Email,生日,標籤,SMS 同意,同意時間,等級,點數,備註');
    expect(lines.slice(1, 6)).toEqual([
      '5,"生日 ""1990-02-30"": not a date (e.g. 1990-05-04)",M004,Bad Date,0955123456,,1990-02-30,,,,,,',
      '6,the same customer as row 2,M001,王小明 again,0912345678,,,,,,,500,',
      "8,\"no identity: give an external id, email, phone or LINE user id\",,'=cmd|' /C calc'!A0,,,,,,,,,",
      '9,"手機 ""0912"": not a valid phone number",M006,Bad phone,0912,,,,,,,,',
      '10,"點數 ""abc"": points must be a whole number of 0 or more",M007,李四,,LI@Example.com,2000年1月2日,,yes,,,abc,',
    ]);
    const zh = await fetch(`${stack.url}/v1/imports/${started.id}/rejected.csv?locale=zh-TW`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(await zh.text()).toContain('與第 2 列是同一位顧客');
    const page = await api.imports.rejects.query({ id: started.id, locale: 'zh-TW' });
    expect(page.map((reject) => reject.row)).toEqual([5, 6, 8, 9, 10]);

    // The same file again changes nothing: every row, timestamps included, stays as it was.
    const again = await api.imports.start.mutate({
      fileId: await uploadedFileId(stack.url, key, 'members.csv', file),
      mapping,
    });
    expect(await importEnded(api, again.id)).toMatchObject({
      status: 'completed',
      imported: 5,
      created: 0,
      rejected: 5,
    });
    expect(await importedState(db, workspaceId)).toEqual(state);
  });

  it('rejects a row naming an identity that a row of an earlier batch named', async () => {
    const other = await createWorkspaceWithKey(stack, 'Duplicates across batches');
    const otherApi = apiClient(stack, other.key);
    // Batches of 1,000 rows: file rows 2–1001 are the first, the two duplicates land in the second.
    const lines = ['id,email', ...Array.from({ length: 1000 }, (_, index) => `X${index},x${index}@b.tw`)];
    lines.push('Y1,x5@b.tw', 'X7,y7@b.tw');
    const fileId = await uploadedFileId(stack.url, other.key, 'batches.csv', `${lines.join('\n')}\n`);
    const started = await otherApi.imports.start.mutate({
      fileId,
      mapping: { columns: { id: 'externalId', email: 'email' } },
    });
    expect(await importEnded(otherApi, started.id)).toMatchObject({
      status: 'completed',
      totalRows: 1002,
      imported: 1000,
      created: 1000,
      rejected: 2,
    });
    const page = await otherApi.imports.rejects.query({ id: started.id });
    // Y1 shares X5's email (row 7), the last row is X7 (row 9) again.
    expect(page).toMatchObject([
      { row: 1002, problems: [{ code: 'duplicate_row', duplicateOf: 7 }] },
      { row: 1003, problems: [{ code: 'duplicate_row', duplicateOf: 9 }] },
    ]);
  });

  it('refuses what it cannot read with a 4xx naming the problem', async () => {
    const wrongEncoding = await uploadFile(stack.url, key, 'big5.csv', Buffer.from('a96da657', 'hex'));
    expect(wrongEncoding).toMatchObject({ status: 400, body: { error: 'not_utf8' } });
    const notXlsx = await uploadFile(stack.url, key, 'members.xlsx', 'plain text');
    expect(notXlsx).toMatchObject({ status: 400, body: { error: 'not_xlsx' } });
    const fileId = await uploadedFileId(stack.url, key, 'members.csv', file);
    await expect(api.imports.start.mutate({ fileId, mapping: { columns: { Nope: 'email' } } })).rejects.toMatchObject({
      data: { httpStatus: 412 },
      message: 'The file has no column "Nope" named in the mapping.',
    });
    const unauthenticated = await fetch(`${stack.url}/v1/imports/files?name=a.csv`, { method: 'POST', body: 'x' });
    expect(unauthenticated.status).toBe(401);
  });
});
