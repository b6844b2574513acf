// One batch of a retention run: the oldest rows of one table before the cutoff, after a cursor,
// are counted into the daily rollups and deleted, and the run's count grows, all in one statement
// (one transaction). A batch that fails changes nothing; one that commits is never repeated, since
// its rows are gone: a retried run deletes nothing twice and counts nothing twice.
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../connect';

/** The tables retention deletes from. */
export const retentionTables = ['events', 'stepEvents', 'messages'] as const;
export type RetentionTable = (typeof retentionTables)[number];

/** Where a table's walk stands: the last row looked at, by (time, id). Time is Postgres text (µs). */
export interface PurgeCursor {
  at: string;
  id: string;
}

export interface PurgeBatch {
  table: RetentionTable;
  workspaceId: string;
  runId: string;
  /** Rows older than this (ISO) go, unless a running enrollment still needs them. */
  cutoff: string;
  cursor: PurgeCursor | null;
  limit: number;
}

export interface PurgeBatchResult {
  deleted: number;
  /** Rows looked at, kept ones included; fewer than the limit means the table is done. */
  scanned: number;
  cursor: PurgeCursor | null;
}

interface TableSql {
  name: string;
  time: string;
  counter: string;
  /** True for a row (alias `t`) that must stay. */
  keep: (workspaceId: string) => RawBuilder<unknown>;
  /** Adds the deleted rows (CTE `gone`) to a rollup; null when nothing reads them after deletion. */
  rollup: RawBuilder<unknown> | null;
}

const running = (enrollment: RawBuilder<unknown>) =>
  sql`exists (select 1 from enrollments e where e.id = ${enrollment} and e.status = 'running')`;

const tables: Record<RetentionTable, TableSql> = {
  // A running enrollment's entry event stays (its journey may read the trigger's properties).
  events: {
    name: 'events',
    time: 'timestamp',
    counter: 'deleted_events',
    keep: (workspaceId) => sql`t.id in (select entry_event_id from enrollments
      where workspace_id = ${workspaceId} and status = 'running' and entry_event_id is not null)`,
    rollup: null,
  },
  // "Who is waiting where" and the enrollment's path read a running enrollment's step events.
  stepEvents: {
    name: 'step_events',
    time: 'at',
    counter: 'deleted_step_events',
    keep: () => running(sql`t.enrollment_id`),
    rollup: sql`insert into step_event_days
        (workspace_id, journey_id, journey_version_id, step_id, kind, port, day, count)
      select workspace_id, journey_id, journey_version_id, step_id, kind, port, (at at time zone 'UTC')::date, count(*)
      from gone group by 1, 2, 3, 4, 5, 6, 7
      on conflict (journey_version_id, step_id, kind, port, day)
      do update set count = step_event_days.count + excluded.count`,
  },
  messages: {
    name: 'messages',
    time: 'created_at',
    counter: 'deleted_messages',
    keep: () => sql`(t.enrollment_id is not null and ${running(sql`t.enrollment_id`)})`,
    rollup: sql`insert into message_days
        (workspace_id, journey_id, journey_version_id, step_id, channel, status, reason, day, count)
      select g.workspace_id, g.journey_id, e.journey_version_id, g.step_id, g.channel, g.status, g.reason,
        (g.created_at at time zone 'UTC')::date, count(*)
      from gone g left join enrollments e on e.id = g.enrollment_id
      group by 1, 2, 3, 4, 5, 6, 7, 8
      on conflict (workspace_id, journey_id, journey_version_id, step_id, channel, status, reason, day)
      do update set count = message_days.count + excluded.count`,
  },
};

/** Deletes one batch; see the file's comment for why a retry is safe. */
export async function purgeBatch(db: Db, batch: PurgeBatch): Promise<PurgeBatchResult> {
  const table = tables[batch.table];
  const name = sql.table(table.name);
  const time = sql.ref(`t.${table.time}`);
  const after =
    batch.cursor === null ? sql`true` : sql`(${time}, t.id) > (${batch.cursor.at}::timestamptz, ${batch.cursor.id})`;
  const rollup = table.rollup === null ? sql`select 1` : table.rollup;
  const result = await sql<{ deleted: number; scanned: number; lastAt: string | null; lastId: string | null }>`
    with page as (
      select t.id, ${time} as at, ${table.keep(batch.workspaceId)} as kept from ${name} t
      where t.workspace_id = ${batch.workspaceId} and ${time} < ${batch.cutoff}::timestamptz and ${after}
      order by ${time}, t.id limit ${batch.limit}
    ), gone as (
      delete from ${name} d using page where d.id = page.id and not page.kept returning d.*
    ), rolled as (${rollup}), counted as (
      update retention_runs set ${sql.ref(table.counter)} = ${sql.ref(table.counter)} + (select count(*) from gone)
      where id = ${batch.runId}
    ), last as (select at, id from page order by at desc, id desc limit 1)
    select (select count(*) from gone)::int as deleted, (select count(*) from page)::int as scanned,
      (select at::text from last) as last_at, (select id::text from last) as last_id`.execute(db);
  const row = result.rows[0];
  if (row === undefined) throw new Error('purge batch returned no row');
  const cursor = row.lastAt === null || row.lastId === null ? batch.cursor : { at: row.lastAt, id: row.lastId };
  return { deleted: row.deleted, scanned: row.scanned, cursor };
}
