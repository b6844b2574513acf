import type { ColumnType } from 'kysely';

// Tables of migration 0042-data-retention; merged into `Database` in schema.ts.
// Column names are camelCase here and snake_case in SQL (CamelCasePlugin).

type Json<T> = ColumnType<T, string, string>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A bigint count (read as a number, see connect.ts). */
type Count = ColumnType<number, number | undefined, number>;

/** A workspace's retention settings (validated by `readRetentionSettings`). */
export interface RetentionSettingsTable {
  workspaceId: string;
  settings: Json<unknown>;
  updatedAt: Timestamp;
}

/** One retention run of one workspace; the counts grow in the transactions that delete. */
export interface RetentionRunsTable {
  id: string;
  workspaceId: string;
  startedAt: Timestamp;
  finishedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  cutoffs: Json<Record<string, string>>;
  deletedEvents: Count;
  deletedStepEvents: Count;
  deletedMessages: Count;
}

/** Step events deleted by retention, counted per day as node stats group them. */
export interface StepEventDaysTable {
  workspaceId: string;
  journeyId: string;
  journeyVersionId: string;
  stepId: string;
  kind: 'entered' | 'left';
  port: string | null;
  day: ColumnType<Date, string, string>;
  count: Count;
}

/** Messages deleted by retention, counted per day as the reports group them. */
export interface MessageDaysTable {
  workspaceId: string;
  journeyId: string | null;
  journeyVersionId: string | null;
  stepId: string | null;
  channel: string;
  status: string;
  reason: string | null;
  day: ColumnType<Date, string, string>;
  count: Count;
}

export interface RetentionTables {
  retentionSettings: RetentionSettingsTable;
  retentionRuns: RetentionRunsTable;
  stepEventDays: StepEventDaysTable;
  messageDays: MessageDaysTable;
}
