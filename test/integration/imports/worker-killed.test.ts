import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVersionCache, createWorkspace, findImport, storeFile } from '@wayfarer/db';
import { importMappingSchema } from '@wayfarer/imports';
import { startImport } from '@wayfarer/imports/jobs';
import { journeyIRSchema } from '@wayfarer/journey';
import { createTier } from '@wayfarer/loyalty';
import { eventually } from '../../support/eventually';
import {
  createKnownCustomers,
  expectedOutcome,
  importFileChunks,
  memberFileMapping,
  memberFileTier,
} from '../../support/member-file';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { bundleJourneyWorkflows, createDevServerEnv } from '../../support/temporal';
import { killProcess, spawnWorkerProcess } from '../exactly-once/support';

const ROWS = 6_000;

describe('an import whose worker is killed mid-file (worker as its own process, Temporal dev server)', () => {
  let database: TestDatabase;
  let env: TestWorkflowEnvironment;
  let bundlePath: string;

  beforeAll(async () => {
    [database, env, { codePath: bundlePath }] = await Promise.all([
      createTestDatabase('import_worker_killed'),
      createDevServerEnv(),
      bundleJourneyWorkflows(),
    ]);
  });
  afterAll(async () => {
    await env?.teardown();
    await database?.drop();
  });

  it('finishes on a restarted worker with every customer, identity, consent and ledger row once', async () => {
    const { db } = database;
    const workspace = await createWorkspace(db, 'Killed mid-import');
    await createTier(db, workspace.id, { ...memberFileTier, rank: 1, metric: 'points', threshold: 1000 });
    await createKnownCustomers(db, workspace.id, ROWS);
    const file = await storeFile(
      db,
      { workspaceId: workspace.id, purpose: 'import', name: 'members.csv' },
      importFileChunks(ROWS),
    );
    const taskQueue = `import-kill-${randomUUID()}`;
    const spawn = () => spawnWorkerProcess({ databaseUrl: database.url, env, taskQueue, bundlePath });
    const first = spawn();
    const job = await startImport(
      {
        db,
        temporal: env.client,
        taskQueue,
        loadVersion: createVersionCache(db, (ir) => journeyIRSchema.parse(ir)),
      },
      { workspaceId: workspace.id, fileId: file.id, mapping: importMappingSchema.parse(memberFileMapping) },
    );

    // Once the first batch has committed, the worker dies in the middle of the next one.
    await eventually(async () => {
      const row = await findImport(db, job.id);
      return row !== undefined && row.processed > 0 ? row : undefined;
    }, 120_000);
    await killProcess(first, 'SIGKILL');
    const atKill = await findImport(db, job.id);
    expect(atKill).toMatchObject({ status: 'running' });
    expect(atKill?.processed).toBeLessThan(ROWS);

    const second = spawn();
    try {
      // The slice's heartbeat times out (30 s); Temporal retries it on the new worker from the cursor.
      const ended = await eventually(async () => {
        const row = await findImport(db, job.id);
        return row?.status === 'completed' ? row : undefined;
      }, 150_000);
      const expected = expectedOutcome(ROWS);
      expect(ended).toMatchObject({
        totalRows: ROWS,
        processed: ROWS,
        imported: expected.imported,
        created: expected.created,
        rejected: expected.rejected,
      });
      const count = async (query: ReturnType<typeof sql<{ n: number }>>) => (await query.execute(db)).rows[0]?.n;
      const ws = workspace.id;
      expect(await count(sql`select count(*)::int as n from customers where workspace_id = ${ws}`)).toBe(
        expected.customers,
      );
      expect(await count(sql`select count(*)::int as n from customer_identities where workspace_id = ${ws}`)).toBe(
        expected.identities,
      );
      expect(await count(sql`select count(*)::int as n from channel_consents where workspace_id = ${ws}`)).toBe(
        expected.consents,
      );
      expect(await count(sql`select count(*)::int as n from points_ledger where workspace_id = ${ws}`)).toBe(
        expected.ledgerRows,
      );
      expect(await count(sql`select sum(delta)::int as n from points_ledger where workspace_id = ${ws}`)).toBe(
        expected.points,
      );
      // No customer has two opening balances, and no row was rejected twice.
      expect(
        await count(sql`select count(*)::int as n from (select customer_id from points_ledger
          where workspace_id = ${ws} group by customer_id having count(*) > 1) as doubled`),
      ).toBe(0);
      expect(await count(sql`select count(*)::int as n from customer_import_rejects where import_id = ${job.id}`)).toBe(
        expected.rejected,
      );
    } finally {
      await killProcess(second, 'SIGTERM');
    }
  });
});
