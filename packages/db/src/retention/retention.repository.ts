// A workspace's retention settings, its runs, and how far back its live rules look.
import { sql } from 'kysely';
import type { Db } from '../connect';
import { readRetentionSettings, type RetentionSettings } from './settings';

/** The settings with defaults for what was never saved. */
export async function findRetentionSettings(db: Db, workspaceId: string): Promise<RetentionSettings> {
  const row = await db
    .selectFrom('retentionSettings')
    .select('settings')
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  return readRetentionSettings(row?.settings);
}

export async function saveRetentionSettings(db: Db, workspaceId: string, settings: RetentionSettings): Promise<void> {
  const json = JSON.stringify(settings);
  await db
    .insertInto('retentionSettings')
    .values({ workspaceId, settings: json })
    .onConflict((oc) => oc.column('workspaceId').doUpdateSet({ settings: json, updatedAt: sql`now()` }))
    .execute();
}

/**
 * The longest `withinDays` of the workspace's segments and of its live or paused journeys' current
 * versions (branch conditions, experiment metrics): events that young are never deleted.
 */
export async function longestLookBackDays(db: Db, workspaceId: string): Promise<number> {
  const result = await sql<{ days: number | null }>`
    select max((v #>> '{}')::numeric)::int as days from (
      select jsonb_path_query(s.rule, 'strict $.**.withinDays') as v
      from segments s where s.workspace_id = ${workspaceId} and s.archived_at is null
      union all
      select jsonb_path_query(jv.ir, 'strict $.**.withinDays')
      from journeys j join journey_versions jv on jv.id = j.live_version_id
      where j.workspace_id = ${workspaceId} and j.status in ('live', 'paused')
    ) found
    where jsonb_typeof(v) = 'number'`.execute(db);
  return result.rows[0]?.days ?? 0;
}

/** What one retention run deleted (rows per table). */
export interface RetentionRun {
  id: string;
  startedAt: Date;
  finishedAt: Date | null;
  /** The time before which each table's rows were deleted (ISO). */
  cutoffs: Record<string, string>;
  deleted: { events: number; stepEvents: number; messages: number };
}

/** Records a run's start once; a retried start gets the cutoffs the first one chose. */
export async function startRetentionRun(
  db: Db,
  run: { id: string; workspaceId: string; startedAt: Date; cutoffs: Record<string, string> },
): Promise<Record<string, string>> {
  await db
    .insertInto('retentionRuns')
    .values({ ...run, cutoffs: JSON.stringify(run.cutoffs) })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const row = await db.selectFrom('retentionRuns').select('cutoffs').where('id', '=', run.id).executeTakeFirstOrThrow();
  return row.cutoffs;
}

export async function finishRetentionRun(db: Db, runId: string): Promise<RetentionRun> {
  await db
    .updateTable('retentionRuns')
    .set({ finishedAt: sql`coalesce(finished_at, now())` })
    .where('id', '=', runId)
    .execute();
  const row = await runs(db).where('id', '=', runId).executeTakeFirstOrThrow();
  return toRun(row);
}

/** The workspace's latest runs, newest first. */
export async function listRetentionRuns(db: Db, workspaceId: string, limit = 10): Promise<RetentionRun[]> {
  const rows = await runs(db)
    .where('workspaceId', '=', workspaceId)
    .orderBy('startedAt', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toRun);
}

function runs(db: Db) {
  return db
    .selectFrom('retentionRuns')
    .select(['id', 'startedAt', 'finishedAt', 'cutoffs', 'deletedEvents', 'deletedStepEvents', 'deletedMessages']);
}

function toRun(row: Awaited<ReturnType<ReturnType<typeof runs>['executeTakeFirstOrThrow']>>): RetentionRun {
  return {
    id: row.id,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    cutoffs: row.cutoffs,
    deleted: { events: row.deletedEvents, stepEvents: row.deletedStepEvents, messages: row.deletedMessages },
  };
}
