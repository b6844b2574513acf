import type { ColumnType } from 'kysely';

// Shared request limits (migration 0016). Column names are camelCase here and snake_case in SQL.

/** One fixed window of a rate limit, shared by every server process: hits counted until `resetsAt`. */
export interface RateLimitWindowsTable {
  /** What is limited and for whom, e.g. `ingest:key:<id>`, `unauthenticated`. */
  key: string;
  count: number;
  resetsAt: ColumnType<Date, Date | string, Date | string>;
}

/** Outbound pacing of one channel: sends may start at `nextAt` and later (one slot per interval). */
export interface SendSlotsTable {
  channel: string;
  nextAt: ColumnType<Date, Date | string, Date | string>;
}

export interface LimitsTables {
  rateLimitWindows: RateLimitWindowsTable;
  sendSlots: SendSlotsTable;
}
