// The import wizard on the real stack: a marketer uploads a mixed member file, checks the columns
// and the rows with their problems, starts the import onto a new list and watches it finish; the
// customers, their phone numbers in E.164 and the list's members are then in the database.
import { readFileSync } from 'node:fs';
import { findCustomerByExternalId } from '@wayfarer/db';
import { sql } from 'kysely';
import { describe, expect } from 'vitest';
import { uploadedFileId } from '../integration/imports/support';
import { e2e, UI_TIMEOUT_MS } from './support/fixtures';
import { chooseLanguage } from './support/shell';

const poll = { timeout: UI_TIMEOUT_MS };

// A local Taiwanese mobile number, CJK names, an impossible date and the first member again.
const members = [
  '會員編號,姓名,手機,生日,備註',
  'M001,王小明,0912-345-678,1990-05-04,first',
  'M002,林美玲,0933 111 222,1990-02-30,',
  'M003,陳志豪 🍵,+886 955 123 456,1988/12/31,',
  'M001,王小明,0912345678,1990-05-04,again',
].join('\r\n');

describe('the customer import wizard', () => {
  e2e('maps, previews, imports onto a new list and shows progress and rejected rows', async ({ app, stack }) => {
    const { page, workspaceId } = app;
    await app.open('/customers');
    await page.getByTestId('import-customers').click();
    await page.getByTestId('import-file-step').waitFor();
    expect(await page.getByTestId('import-upload').isDisabled()).toBe(true);
    await page.getByTestId('import-file-input').setInputFiles({
      name: 'members.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(members),
    });
    expect(await page.getByTestId('import-file-name').innerText()).toBe('members.csv');
    await page.getByTestId('import-upload').click();

    // Columns: the guess from the header, with each column's first values.
    await page.getByTestId('import-map-step').waitFor();
    const column = (name: string) => page.locator(`[data-testid="import-column"][data-column="${name}"]`);
    const target = (name: string) => column(name).locator('select[name="target"]');
    expect(await target('會員編號').inputValue()).toBe('externalId');
    expect(await target('手機').inputValue()).toBe('phone');
    expect(await target('生日').inputValue()).toBe('birthday');
    expect(await target('姓名').inputValue()).toBe('attribute');
    expect(await column('姓名').locator('input[name="key"]').inputValue()).toBe('name');
    expect(await column('手機').locator('.sample-list li').allInnerTexts()).toEqual([
      '0912-345-678',
      '0933 111 222',
      '+886 955 123 456',
    ]);
    expect(await page.locator('select[name="defaultCountry"]').inputValue()).toBe('TW');
    // Two columns for one field is refused, naming the other column; skipping one clears it.
    await target('備註').selectOption('phone');
    expect(await column('備註').getByTestId('column-problem').innerText()).toContain('手機');
    expect(await page.getByTestId('import-next').isDisabled()).toBe(true);
    await target('備註').selectOption('ignore');
    expect(await page.getByTestId('column-problem').count()).toBe(0);
    await page.getByTestId('import-next').click();

    // Preview: the impossible date is named at its row and column, the local number read as E.164.
    const rows = page.getByTestId('import-preview-row');
    await expect.poll(() => rows.count(), poll).toBe(4);
    expect(await rows.evaluateAll((all) => all.map((row) => row.getAttribute('data-ok')))).toEqual([
      'true',
      'false',
      'true',
      'true',
    ]);
    const badDate = page.locator('[data-row="3"] [data-testid="import-problem"]');
    expect(await badDate.getAttribute('data-code')).toBe('invalid_date');
    expect(await badDate.getAttribute('data-column')).toBe('生日');
    expect(await badDate.innerText()).toBe('生日: not a date (e.g. 1990-05-04)');
    expect(await page.locator('[data-row="3"] td[data-column="生日"]').getAttribute('title')).toBe(
      'not a date (e.g. 1990-05-04)',
    );
    expect(await page.locator('[data-row="2"] td[data-column="手機"]').innerText()).toContain('+886912345678');
    expect(await page.locator('th', { hasText: '備註' }).count()).toBe(0);
    expect(await page.getByTestId('import-preview-summary').getAttribute('data-problem-rows')).toBe('1');
    await page.getByTestId('import-next').click();

    // A new list, then start: the progress page follows the job until it is done.
    await page.getByTestId('import-list-step').waitFor();
    await page.locator('select[name="list"]').selectOption('new');
    await page.locator('input[name="listName"]').fill('匯入會員 12 月');
    await page.getByTestId('import-start').click();
    await page.getByTestId('import-progress-page').waitFor();
    const importId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const status = page.getByTestId('import-status');
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 60_000 }).toBe('completed');
    const progress = page.getByTestId('import-progress');
    expect(await progress.getAttribute('data-processed')).toBe('4');
    expect(await progress.getAttribute('data-total')).toBe('4');
    expect(await page.getByTestId('import-progress-text').innerText()).toBe('4 of 4 rows');
    const count = (name: string) => page.getByTestId(`import-count-${name}`).getAttribute('data-value');
    expect([await count('imported'), await count('created'), await count('rejected')]).toEqual(['2', '2', '2']);
    expect(await page.getByTestId('import-list').innerText()).toContain('匯入會員 12 月');
    expect(await page.getByTestId('import-pause').count()).toBe(0);

    // The rejected rows with why, on the page and as a file.
    const rejects = page.getByTestId('import-reject');
    await expect.poll(() => rejects.count(), poll).toBe(2);
    expect(await rejects.allInnerTexts()).toEqual([
      expect.stringContaining('生日 "1990-02-30": not a date'),
      expect.stringContaining('the same customer as row 2'),
    ]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('import-download-rejected').click(),
    ]);
    expect(download.suggestedFilename()).toBe('members-rejected.csv');
    const rejectedCsv = readFileSync(await download.path(), 'utf8');
    expect(rejectedCsv).toContain('row,problems,會員編號,姓名,手機,生日,備註');
    expect(rejectedCsv).toContain('M002,林美玲,0933 111 222,1990-02-30');

    // The customers exist, with the phone in E.164 and the CJK name, and the list holds them.
    const ming = await findCustomerByExternalId(stack.database.db, workspaceId, 'M001');
    const hao = await findCustomerByExternalId(stack.database.db, workspaceId, 'M003');
    expect(ming?.attributes).toEqual({ name: '王小明', birthday: '1990-05-04' });
    expect(hao?.attributes).toEqual({ name: '陳志豪 🍵', birthday: '1988-12-31' });
    expect(await findCustomerByExternalId(stack.database.db, workspaceId, 'M002')).toBeUndefined();
    const phones = await sql<{ value: string }>`select value from customer_identities
      where workspace_id = ${workspaceId} and kind = 'phone' order by value`.execute(stack.database.db);
    expect(phones.rows.map((row) => row.value)).toEqual(['+886912345678', '+886955123456']);
    const list = (await app.api.segments.list.query()).find((segment) => segment.name === '匯入會員 12 月');
    expect(list?.kind).toBe('list');
    await expect
      .poll(async () => (await app.api.segments.list.query()).find((s) => s.id === list?.id)?.memberCount, poll)
      .toBe(2);

    // The history lists the import; the customers page shows the new customers.
    await page.goto(`${stack.url}/customers/imports`);
    const historyRow = page.locator(`[data-testid="import-row"][data-import-id="${importId}"]`);
    expect(await historyRow.getAttribute('data-status')).toBe('completed');
    await chooseLanguage(page, 'zh-TW');
    await expect.poll(() => historyRow.getByTestId('import-status').innerText(), poll).toBe('已完成');
    await page.goto(`${stack.url}/customers`);
    await expect.poll(() => page.getByTestId('customer-row').count(), poll).toBe(2);
    expect(await page.getByTestId('customer-row').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('王小明'), expect.stringContaining('陳志豪 🍵')]),
    );
  });

  e2e('pauses, resumes and cancels a running import from its page', async ({ app, stack }) => {
    const { page, api, key } = app;
    // Enough rows for many batches, so the job is still running when the marketer clicks.
    const rows = Array.from({ length: 40_000 }, (_, index) => `P${String(index).padStart(5, '0')},客人 ${index}`);
    const file = ['會員編號,姓名', ...rows].join('\n');
    const mapping = { columns: { 會員編號: 'externalId', 姓名: { target: 'attribute', key: 'name' } } } as const;
    const startJob = async () => {
      const fileId = await uploadedFileId(stack.url, key, 'big.csv', file);
      const job = await api.imports.start.mutate({ fileId, mapping });
      await app.open(`/customers/imports/${job.id}`);
      return job.id;
    };
    const status = page.getByTestId('import-status');
    const processed = async () => Number(await page.getByTestId('import-progress').getAttribute('data-processed'));

    await startJob();
    await page.getByTestId('import-pause').click();
    await expect.poll(() => status.getAttribute('data-status'), poll).toBe('paused');
    expect(await processed()).toBeLessThan(40_000);
    await page.getByTestId('import-resume').click();
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 120_000 }).toBe('completed');
    expect(await processed()).toBe(40_000);
    expect(await page.getByTestId('import-count-imported').getAttribute('data-value')).toBe('40000');

    const second = await startJob();
    await page.getByTestId('import-pause').click();
    await expect.poll(() => status.getAttribute('data-status'), poll).toBe('paused');
    await page.getByTestId('import-cancel').click();
    await page.getByTestId('import-cancel-confirm').click();
    await expect.poll(() => status.getAttribute('data-status'), poll).toBe('cancelled');
    expect(await page.getByTestId('import-resume').count()).toBe(0);
    const job = await api.imports.get.query({ id: second });
    expect(job.status).toBe('cancelled');
    expect(job.processed).toBeLessThan(40_000);
  });
});
