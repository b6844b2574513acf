// The hourly refresh of a workspace's segments, started by its Temporal Schedule. Rules with time
// windows ("purchased in the last 30 days") change membership as time passes, with no new data.
import { proxyActivities } from '@temporalio/workflow';
import type { SegmentRefreshActivities, SegmentRefreshInput, SegmentRefreshSummary } from './segment-refresh.contract';

// Refreshing a big segment takes a while; a failed one is retried, the others still run after it.
const { listActiveSegmentIds, refreshSegmentMembers } = proxyActivities<SegmentRefreshActivities>({
  startToCloseTimeout: '15 minutes',
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
