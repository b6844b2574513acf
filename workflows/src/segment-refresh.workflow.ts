// The hourly refresh of a workspace's segments, started by its Temporal Schedule. Rules with time
// windows ("purchased in the last 30 days") change membership as time passes, with no new data.
import { proxyActivities } from '@temporalio/workflow';
import type { SegmentRefreshActivities, SegmentRefreshInput, SegmentRefreshSummary } from './segment-refresh.contract';

// Refreshing a big segment takes a while: it heartbeats after each page of customers, so a worker
// that died is noticed within a minute and the retry resumes after the last page done. A failed
// segment is retried; the others still run after it.
const { listActiveSegmentIds, refreshSegmentMembers } = proxyActivities<SegmentRefreshActivities>({
  startToCloseTimeout: '2 hours',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes', maximumAttempts: 5 },
});

/** Refreshes each active segment in turn (one at a time: the database is shared with ingest). */
export async function segmentRefresh(input: SegmentRefreshInput): Promise<SegmentRefreshSummary> {
  const segmentIds = await listActiveSegmentIds({ workspaceId: input.workspaceId });
  const summary: SegmentRefreshSummary = { segments: segmentIds.length, entered: 0, left: 0 };
  for (const segmentId of segmentIds) {
    const result = await refreshSegmentMembers({ segmentId });
    summary.entered += result.entered;
    summary.left += result.left;
  }
  return summary;
}
