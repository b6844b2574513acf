// A broadcast row as the API returns it (dates as ISO strings: JSON has no Date).
import type { Broadcast, BroadcastStatus } from '@wayfarer/db';

export interface BroadcastView {
  id: string;
  journeyId: string;
  journeyVersionId: string;
  segmentId: string;
  status: BroadcastStatus;
  scheduledAt: string;
  ratePerSecond: number;
  batchSize: number;
  /** Segment members when the broadcast started; null while it is scheduled. */
  total: number | null;
  /** Members who entered the journey. */
  enrolled: number;
  /** Members the journey's re-entry rule or entry limit kept out (already inside, finished, …). */
  skipped: number;
  /** enrolled + skipped: the members handled so far. */
  processed: number;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

const iso = (date: Date | null): string | null => (date === null ? null : date.toISOString());

export function toBroadcastView(row: Broadcast): BroadcastView {
  return {
    id: row.id,
    journeyId: row.journeyId,
    journeyVersionId: row.journeyVersionId,
    segmentId: row.segmentId,
    status: row.status,
    scheduledAt: row.scheduledAt.toISOString(),
    ratePerSecond: row.ratePerSecond,
    batchSize: row.batchSize,
    total: row.total,
    enrolled: row.enrolled,
    skipped: row.skipped,
    processed: row.enrolled + row.skipped,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    startedAt: iso(row.startedAt),
    finishedAt: iso(row.finishedAt),
  };
}
