// `npm run bench -- --only=import`: a generated member file (test/support/member-file.ts; 100k rows, 20k with
// --quick, IMPORT_ROWS=n for another size) uploaded into the database, then imported by the
// customer-import workflow on a Temporal dev server, run by the production worker as its own
// process. import_rows_per_s is the file's rows over the time from the job's start to its
// completion; the job's counts must be exactly the file's or the run is void. The worker's peak
// resident memory (VmHWM) is reported beside it.
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { loadRuntimeRegistry } from '@wayfarer/config';
import { createVersionCache, createWorkspace, findImport, storeFile, type Db } from '@wayfarer/db';
import { importMappingSchema } from '@wayfarer/imports';
import { startImport } from '@wayfarer/imports/jobs';
import { journeyIRSchema } from '@wayfarer/journey';
import { createTier } from '@wayfarer/loyalty';
import { provideTemporalBinary, temporalProvisionFromEnv } from '@wayfarer/provision';
import { startAppProcess } from '../../test/support/app-processes';
import { bundleJourneyWorkflows } from '../../test/support/temporal';
import { openBenchDatabase } from '../bench-database';
import {
  createKnownCustomers,
  expectedOutcome,
  importFileChunks,
  memberFileMapping,
  memberFileTier,
} from '../../test/support/member-file';

type Figures = Record<string, number>;

/** Rows of the benchmark's file: 100k, 20k with --quick, or IMPORT_ROWS (the 1M run). */
export function importRows(quick: boolean): number {
  return Number(process.env.IMPORT_ROWS ?? (quick ? 20_000 : 100_000));
}

/** Peak resident memory of a process so far, in MiB (Linux). */
function peakRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

async function waitForEnd(db: Db, importId: string, rows: number) {
  let lastLog = performance.now();
  for (;;) {
    const job = await findImport(db, importId);
    if (job === undefined) throw new Error('The import vanished.');
    if (['completed', 'failed', 'cancelled'].includes(job.status)) return job;
    if (performance.now() - lastLog > 10_000) {
      lastLog = performance.now();
      console.log(`  … ${job.processed.toLocaleString('en')} of ${rows.toLocaleString('en')} rows`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function benchImport(figures: Figures, options: { quick: boolean }): Promise<void> {
  const rows = importRows(options.quick);
  const [cli, runtimes, bundle] = await Promise.all([
    provideTemporalBinary('temporal', temporalProvisionFromEnv()),
    loadRuntimeRegistry(),
    bundleJourneyWorkflows(),
  ]);
  const database = await openBenchDatabase();
  const { db } = database;
  try {
    const env = await TestWorkflowEnvironment.createLocal({
      server: { executable: { type: 'existing-path', path: cli }, log: { format: 'pretty', level: 'never' } },
    });
    try {
      const taskQueue = `bench-import-${randomUUID()}`;
      const worker = await startAppProcess('worker', {
        DATABASE_URL: database.url,
        TEMPORAL_ADDRESS: env.address,
        TEMPORAL_TASK_QUEUE: taskQueue,
        WORKFLOW_BUNDLE_PATH: bundle.codePath,
        WAYFARER_SECRET_KEY: randomBytes(32).toString('base64'),
      });
      try {
        const workspace = await createWorkspace(db, 'import bench');
        await createTier(db, workspace.id, { ...memberFileTier, rank: 1, metric: 'points', threshold: 1000 });
        await createKnownCustomers(db, workspace.id, rows);
        const uploadStarted = performance.now();
        const file = await storeFile(
          db,
          { workspaceId: workspace.id, purpose: 'import', name: 'members.csv' },
          importFileChunks(rows),
        );
        const uploadSeconds = (performance.now() - uploadStarted) / 1000;
        const routing = {
          db,
          temporal: env.client,
          taskQueue,
          nodeTypes: runtimes.nodes,
          loadVersion: createVersionCache(db, (ir) => journeyIRSchema.parse(ir)),
        };
        const started = performance.now();
        const job = await startImport(routing, {
          workspaceId: workspace.id,
          fileId: file.id,
          mapping: importMappingSchema.parse(memberFileMapping),
        });
        const ended = await waitForEnd(db, job.id, rows);
        const seconds = (performance.now() - started) / 1000;
        const expected = expectedOutcome(rows);
        const outcome = { rejected: ended.rejected, imported: ended.imported, created: ended.created };
        const wanted = { rejected: expected.rejected, imported: expected.imported, created: expected.created };
        if (ended.status !== 'completed' || JSON.stringify(outcome) !== JSON.stringify(wanted)) {
          throw new Error(
            `The import ended ${ended.status} with ${JSON.stringify(outcome)}; expected ${JSON.stringify(wanted)}.`,
          );
        }
        figures.import_rows = rows;
        figures.import_rows_per_s = rows / seconds;
        figures.import_s = seconds;
        figures.import_worker_peak_rss_mb = peakRssMiB(worker.pid ?? 0);
        console.log(
          `  ${rows.toLocaleString('en')} rows (${(Number(file.size) / 2 ** 20).toFixed(1)} MiB, stored in ` +
            `${uploadSeconds.toFixed(1)} s) imported in ${seconds.toFixed(1)} s: ${JSON.stringify(outcome)}`,
        );
      } finally {
        await worker.stop();
      }
    } finally {
      await env.teardown();
    }
  } finally {
    await database.close();
  }
}
