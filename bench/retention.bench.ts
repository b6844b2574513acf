// The daily retention run's deletes without Temporal in front: generated finished enrollments with
// five step events and one message each, all past retention, rolled up and deleted by `purgeBatch`
// in batches of 5,000. `retention_rows_per_s`: step events and messages deleted per second.
import { sql } from 'kysely';
import type { RuntimeRegistry } from '@wayfarer/nodes/runtime';
import {
  createJourney,
  createWorkspace,
  publishJourneyVersion,
  purgeBatch,
  type Db,
  type PurgeCursor,
} from '@wayfarer/db';
import { compileJourney, type JourneyGraphInput } from '@wayfarer/journey';
import { openBenchDatabase } from './bench-database';

const graph: JourneyGraphInput = {
  name: 'retention bench',
  nodes: [
    { id: 'trigger', type: 'core.trigger.event', data: { config: { event: 'joined', where: [] } } },
    { id: 'end', type: 'core.end' },
  ],
  edges: [{ id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'end' }],
  settings: { reentry: 'every', exitOn: [], goal: null },
};

/** `enrollments` finished a year and a half ago, with their step events and messages. */
async function seed(db: Db, runtimes: RuntimeRegistry, enrollments: number) {
  const workspace = await createWorkspace(db, 'retention bench');
  const compiled = compileJourney(graph, runtimes.nodes);
  if (!compiled.ok) throw new Error(compiled.problems.map((problem) => problem.message).join('\n'));
  const journey = await createJourney(db, { workspaceId: workspace.id, name: 'retention bench', draft: graph });
  const version = await publishJourneyVersion(db, {
    workspaceId: workspace.id,
    journeyId: journey.id,
    ir: compiled.value,
    hash: compiled.value.hash,
    graph,
  });
  const ids = { w: workspace.id, j: journey.id, v: version.id };
  await sql`insert into customers (workspace_id, external_id) values (${ids.w}, 'bench')`.execute(db);
  await sql`insert into enrollments (workspace_id, journey_id, journey_version_id, customer_id, workflow_id, entry_step_id,
      status, entered_at, finished_at)
    select ${ids.w}, ${ids.j}, ${ids.v}, (select id from customers where workspace_id = ${ids.w}), 'bench:' || n, 'trigger',
      'completed', now() - interval '500 days' - n * interval '1 second', now() - interval '500 days'
    from generate_series(1, ${enrollments}) n`.execute(db);
  await sql`insert into step_events (workspace_id, journey_id, journey_version_id, enrollment_id, step_id, visit, kind, port, at)
    select e.workspace_id, e.journey_id, e.journey_version_id, e.id, s.step, 1, s.kind, s.port, e.entered_at + s.k * interval '1 ms'
    from enrollments e, (values (1, 'trigger', 'entered', null), (2, 'trigger', 'left', 'out'), (3, 'send', 'entered', null),
      (4, 'send', 'left', 'sent'), (5, 'end', 'entered', null)) s(k, step, kind, port)
    where e.workspace_id = ${ids.w}`.execute(db);
  await sql`insert into messages (workspace_id, customer_id, journey_id, enrollment_id, step_id, channel, name, body, status,
      idempotency_key, created_at)
    select workspace_id, customer_id, journey_id, id, 'send', 'outbox', 'hi', 'hi', 'sent', 'bench:' || id, entered_at
    from enrollments where workspace_id = ${ids.w}`.execute(db);
  await sql`insert into retention_runs (id, workspace_id, cutoffs) values ('bench', ${ids.w}, '{}')`.execute(db);
  await sql`analyze`.execute(db);
  return ids.w;
}

export async function benchRetention(
  results: Record<string, number>,
  runtimes: RuntimeRegistry,
  options: { quick: boolean },
): Promise<void> {
  const database = await openBenchDatabase();
  try {
    const enrollments = options.quick ? 10_000 : 100_000;
    const workspaceId = await seed(database.db, runtimes, enrollments);
    const cutoff = new Date(Date.now() - 400 * 86_400_000).toISOString();
    let deleted = 0;
    const begin = performance.now();
    for (const table of ['stepEvents', 'messages'] as const) {
      let cursor: PurgeCursor | null = null;
      for (;;) {
        const batch = await purgeBatch(database.db, {
          table,
          workspaceId,
          runId: 'bench',
          cutoff,
          cursor,
          limit: 5000,
        });
        ({ cursor } = batch);
        deleted += batch.deleted;
        if (batch.scanned < 5000) break;
      }
    }
    const elapsedS = (performance.now() - begin) / 1000;
    if (deleted !== enrollments * 6) throw new Error(`retention bench: deleted ${deleted} of ${enrollments * 6} rows`);
    results.retention_rows_per_s = deleted / elapsedS;
    console.log(
      `retention: ${deleted} step events and messages rolled up and deleted in batches of 5,000 (${database.kind})`,
    );
  } finally {
    await database.close();
  }
}
