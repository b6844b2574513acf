// The contract of the periodic segment refresh: names and types only (imported by the sandbox,
// the worker that implements the activities and the server that schedules the workflow).

/** Workflow type name of the hourly refresh of a workspace's segments. */
export const SEGMENT_REFRESH_WORKFLOW = 'segmentRefresh';

/** The Temporal Schedule of a workspace's refresh (one per workspace). */
export function segmentRefreshScheduleId(workspaceId: string): string {
  return `segments-refresh:${workspaceId}`;
}

export interface SegmentRefreshInput {
  workspaceId: string;
}

/** Entries and exits of one workspace's segments in one refresh. */
export interface SegmentRefreshSummary {
  segments: number;
  entered: number;
  left: number;
}

export type SegmentRefreshWorkflow = (input: SegmentRefreshInput) => Promise<SegmentRefreshSummary>;

/** Activities of the refresh; named apart from the journey's, since a worker registers both. */
export interface SegmentRefreshActivities {
  /** Ids of the workspace's segments that are not archived. */
  listActiveSegmentIds(input: { workspaceId: string }): Promise<string[]>;
  /** Re-evaluates one segment for every customer, stores and routes the entry/exit facts. */
  refreshSegmentMembers(input: { segmentId: string }): Promise<{ entered: number; left: number }>;
}
