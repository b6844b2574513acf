// Cancelling a large export job on the real stack: the job says cancelled at once, its workflow
// ends at the next page with nothing written after the cancel, the file endpoint says there is no
// file, and an export that already completed cannot be cancelled.
import { readStoredFile, resolveImportedCustomers } from '@wayfarer/db';
import { customerExportWorkflowId, type ExportProgress } from '@wayfarer/workflows';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../../support/eventually';
import { apiClient, createWorkspaceWithKey, startStack, type ApiClient, type Stack } from '../../support/stack';

// Pages of 1,000: dozens of transactions, so the cancel meets the export mid-file.
const CUSTOMERS = 60_000;

async function storedText(stack: Stack, fileId: string): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of readStoredFile(stack.database.db, fileId)) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts).toString('utf8');
}

describe('cancelling a customer export job (real Postgres, Temporal dev server, worker and HTTP server)', () => {
  let stack: Stack;
  let api: ApiClient;
  let key: string;

  beforeAll(async () => {
    stack = await startStack('export_cancel');
    const created = await createWorkspaceWithKey(stack, 'Export cancel');
    key = created.key;
    api = apiClient(stack, key);
    for (let from = 0; from < CUSTOMERS; from += 5_000) {
      const sets = Array.from({ length: 5_000 }, (_, index) => [
        { kind: 'user_id' as const, value: `c${String(from + index).padStart(6, '0')}` },
      ]);
      await stack.database.db.transaction().execute((trx) => resolveImportedCustomers(trx, created.workspaceId, sets));
    }
  }, 180_000);
  afterAll(async () => stack?.close());

  async function fileStatus(id: string) {
    const response = await fetch(`${stack.url}/v1/exports/${id}/file.csv`, {
      headers: { authorization: `Bearer ${key}` },
    });
    return { status: response.status, body: (await response.json()) as { error: string } };
  }

  it('stops a running export promptly and writes nothing after the cancel', async () => {
    const started = await api.exports.start.mutate({ columns: ['external_id', 'created_at'] });
    expect(started).toMatchObject({ status: 'running', total: CUSTOMERS });
    await eventually(async () => {
      const job = await api.exports.get.query({ id: started.id });
      expect(job.status).toBe('running');
      return job.exported > 0 ? job : undefined;
    });
    const cancelled = await api.exports.cancel.mutate({ id: started.id });
    expect(cancelled).toMatchObject({ status: 'cancelled', downloadPath: null });
    expect(cancelled.exported).toBeLessThan(CUSTOMERS);

    // The workflow ends on its own (no Temporal cancel needed) with the job's outcome.
    const handle = stack.env.client.workflow.getHandle(customerExportWorkflowId(started.id));
    const result: ExportProgress = await handle.result();
    expect(result.status).toBe('cancelled');
    const job = await api.exports.get.query({ id: started.id });
    expect(job).toMatchObject({ status: 'cancelled', exported: cancelled.exported });
    expect(job.finishedAt).not.toBeNull();

    // Every row in the file is one the job counted: no page landed after the cancel.
    const row = await stack.database.db
      .selectFrom('customerExports')
      .select('fileId')
      .where('id', '=', started.id)
      .executeTakeFirstOrThrow();
    const lines = (await storedText(stack, row.fileId)).split('\r\n').filter((line) => line !== '');
    expect(lines).toHaveLength(job.exported + 1);

    expect(await fileStatus(started.id)).toMatchObject({ status: 410, body: { error: 'export_cancelled' } });
    // Cancelling again changes nothing.
    expect(await api.exports.cancel.mutate({ id: started.id })).toMatchObject({
      status: 'cancelled',
      exported: job.exported,
    });
  });

  it('refuses to cancel an export that has completed, with a 409 and its code', async () => {
    const started = await api.exports.start.mutate({ columns: ['external_id'] });
    const done = await eventually(async () => {
      const job = await api.exports.get.query({ id: started.id });
      return job.status === 'running' ? undefined : job;
    }, 120_000);
    expect(done.status).toBe('completed');
    await expect(api.exports.cancel.mutate({ id: started.id })).rejects.toMatchObject({
      data: { httpStatus: 409, reason: 'export_ended' },
    });
    expect(await api.exports.get.query({ id: started.id })).toMatchObject({ status: 'completed' });
    await expect(api.exports.cancel.mutate({ id: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({
      data: { httpStatus: 404 },
    });
  });
});
