import { ensureSegmentRefreshSchedule, refreshSegment } from '@wayfarer/routing';
import type { Services } from '../services';

/** Brings a saved segment's members up to date, routes who entered and left, and keeps the hourly refresh scheduled. */
export async function refreshSavedSegment(services: Services, workspaceId: string, segmentId: string) {
  await ensureSegmentRefreshSchedule(services.temporal, { workspaceId, taskQueue: services.taskQueue });
  const diff = await refreshSegment(services, segmentId);
  return { entered: diff.entered.length, left: diff.left.length };
}
