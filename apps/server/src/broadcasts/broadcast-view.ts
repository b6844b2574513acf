// A broadcast row as the API returns it (dates as ISO strings: JSON has no Date).
import type { Broadcast, BroadcastStatus, BroadcastWave } from '@wayfarer/db';

export interface BroadcastView {
  id: string;
  journeyId: string;
  journeyVersionId: string;
  segmentId: string;
  status: BroadcastStatus;
  scheduledAt: string;
  ratePerSecond: number;
  batchSize: number;
  /** The wall-clock time each member enters at in their own time zone; null when all enter at once. */
  localTime: string | null;
  /**
   * Of a local-time broadcast once it has begun: time zones reached so far, in all, and when the
   * next one's moment comes (null when none is waiting).
   */
  zones: { reached: number; total: number; nextAt: string | null } | null;
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
    localTime: row.localTime,
    zones: row.waves === null ? null : zonesReached(row.waves, row.wave, row.status),
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

/** How many of the waves' zones have had their moment: those of waves before the current one, all once ended. */
function zonesReached(waves: BroadcastWave[], wave: number, status: BroadcastStatus) {
  const total = waves.reduce((sum, each) => sum + each.zones.length, 0);
  const reached =
    status === 'completed' ? total : waves.slice(0, wave).reduce((sum, each) => sum + each.zones.length, 0);
  const next = status === 'running' ? waves[wave]?.at : undefined;
  return { reached, total, nextAt: next !== undefined && Date.parse(next) > Date.now() ? next : null };
}
