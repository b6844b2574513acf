// `npx tsx bench/import/batch-timing.ts [rows]`: the import's row slice in this process, without
// Temporal, on a fresh benchmark database: the member file (20k rows unless given) through
// beginImportJob and importRowsSlice, timing each batch, with the CPU this process and its
// Postgres backends spent. For comparing two versions of the batch writer where the full benchmark
// is too noisy (a loaded machine): run both alternately and compare the per-batch median.
// IMPORT_BATCH_ROWS=n writes batches of n rows instead of the worker's size;
// IMPORT_TIMING_SQL=1 also prints the time per statement; IMPORT_DROP_FK=table,… drops those tables'
// foreign keys to workspaces first (an experiment: what the per-row checks cost).
import { readFileSync } from 'node:fs';
import {
  sql,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import { createImport, createWorkspace, storeFile, type Db } from '@wayfarer/db';
import { importMappingSchema } from '@wayfarer/imports';
import { beginImportJob, importRowsSlice } from '@wayfarer/imports/jobs';
import { createTier } from '@wayfarer/loyalty';
import type { RoutingDeps } from '@wayfarer/routing';
import {
  createKnownCustomers,
  expectedOutcome,
  importFileChunks,
  memberFileMapping,
  memberFileTier,
} from '../../test/support/member-file';
import { openBenchDatabase } from '../bench-database';

/** CPU seconds (user + system) of the database's backends, read from /proc (same machine). */
async function backendsCpu(db: Db): Promise<number> {
  const { rows } = await sql<{
    pid: number;
  }>`select pid from pg_stat_activity where datname = current_database()`.execute(db);
  const tick = 100;
  let total = 0;
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      total += (Number(fields[11]) + Number(fields[12])) / tick;
    } catch {
      // a backend that ended meanwhile
    }
  }
  return total;
}

/** With IMPORT_TIMING_SQL set: time spent per statement kind (its first words), printed at the end. */
class StatementTimer implements KyselyPlugin {
  readonly spent = new Map<string, number>();
  readonly #started = new Map<unknown, { at: number; label: string }>();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const node = args.node as unknown as { kind: string; sqlFragments?: string[]; into?: unknown; table?: unknown };
    const text =
      node.sqlFragments?.join('?') ??
      (JSON.stringify(node).match(/"identifier":\{"kind":"IdentifierNode","name":"(\w+)"/g) ?? [])
        .slice(0, 3)
        .join(' ');
    const label = `${node.kind} ${text.replace(/\s+/g, ' ').slice(0, 70)}`;
    this.#started.set(args.queryId, { at: performance.now(), label });
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const started = this.#started.get(args.queryId);
    if (started !== undefined)
      this.spent.set(started.label, (this.spent.get(started.label) ?? 0) + performance.now() - started.at);
    return args.result;
  }
}

async function main() {
  const rows = Number(process.argv[2] ?? 20_000);
  const database = await openBenchDatabase();
  const { db } = database;
  try {
    if (process.env.IMPORT_DROP_FK) {
      const { rows: fks } = await sql<{
        conname: string;
        table: string;
      }>`select conname, conrelid::regclass::text as table from pg_constraint
        where contype = 'f' and confrelid = 'workspaces'::regclass and conrelid::regclass::text = any(${process.env.IMPORT_DROP_FK.split(',')})`.execute(
        db,
      );
      for (const fk of fks) await sql.raw(`alter table ${fk.table} drop constraint ${fk.conname}`).execute(db);
      console.log('dropped', fks.map((fk) => fk.table).join(' '));
    }
    const workspace = await createWorkspace(db, 'import timing');
    await createTier(db, workspace.id, { ...memberFileTier, rank: 1, metric: 'points', threshold: 1000 });
    await createKnownCustomers(db, workspace.id, rows);
    const file = await storeFile(
      db,
      { workspaceId: workspace.id, purpose: 'import', name: 'members.csv' },
      importFileChunks(rows),
    );
    const job = await createImport(db, {
      workspaceId: workspace.id,
      fileId: file.id,
      mapping: importMappingSchema.parse(memberFileMapping),
    });
    const timer = new StatementTimer();
    const deps = { db: process.env.IMPORT_TIMING_SQL ? db.withPlugin(timer) : db } as unknown as RoutingDeps;
    await beginImportJob(deps, job.id);
    const batches: number[] = [];
    const pgBefore = await backendsCpu(db);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    let last = started;
    const { progress, done } = await importRowsSlice(deps, job.id, {
      budgetMs: 3_600_000,
      ...(process.env.IMPORT_BATCH_ROWS ? { batchRows: Number(process.env.IMPORT_BATCH_ROWS) } : {}),
      onBatch: () => {
        const now = performance.now();
        batches.push(now - last);
        last = now;
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const pgCpu = (await backendsCpu(db)) - pgBefore;
    const expected = expectedOutcome(rows);
    if (!done || progress.imported !== expected.imported || progress.created !== expected.created) {
      throw new Error(`Unexpected outcome ${JSON.stringify(progress)}; expected ${JSON.stringify(expected)}.`);
    }
    const sorted = [...batches].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    console.log(
      JSON.stringify({
        rows,
        seconds: Number(seconds.toFixed(2)),
        rowsPerS: Math.round(rows / seconds),
        batches: batches.length,
        batchMedianMs: Math.round(median),
        workerCpuS: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)),
        postgresCpuS: Number(pgCpu.toFixed(2)),
      }),
    );
    const spent = [...timer.spent].sort((a, b) => b[1] - a[1]).slice(0, 25);
    for (const [label, ms] of spent) console.log(`${(ms / batches.length).toFixed(1).padStart(7)} ms/batch  ${label}`);
  } finally {
    await database.close();
  }
}

await main();
