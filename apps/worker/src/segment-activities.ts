// The worker side of segments: routing deps of its own (a Temporal client on the worker's
// connection, so facts produced by steps and refreshes can start journeys) and the activities of
// the hourly segment refresh workflow.
import { activityInfo, heartbeat } from '@temporalio/activity';
import { Client } from '@temporalio/client';
import type { NativeConnection } from '@temporalio/worker';
import { createVersionCache, listActiveSegmentRecords, type Db } from '@wayfarer/db';
import { journeyIRSchema, type NodeTypeLookup } from '@wayfarer/journey';
import {
  refreshSegmentInPages,
  type RoutingDeps,
  type RoutingObserver,
  type SegmentRefreshProgress,
} from '@wayfarer/routing';
import type { SegmentRefreshActivities } from '@wayfarer/workflows';

/** Routing as the worker does it: journeys start on the worker's own task queue. */
export function createWorkerRouting(options: {
  db: Db;
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  /** The deployment's node types (which events their steps read). */
  nodeTypes: NodeTypeLookup;
  /** Told every routing decision (metrics). */
  observe?: RoutingObserver | undefined;
}): RoutingDeps {
  return {
    ...(options.observe === undefined ? {} : { observe: options.observe }),
    db: options.db,
    temporal: new Client({ connection: options.connection, namespace: options.namespace }),
    taskQueue: options.taskQueue,
    nodeTypes: options.nodeTypes,
    loadVersion: createVersionCache(options.db, (ir) => journeyIRSchema.parse(ir)),
  };
}

/** The progress the previous attempt heartbeated, if it got that far (details come back as stored). */
function resumedProgress(details: unknown): SegmentRefreshProgress | undefined {
  const progress = details as Partial<SegmentRefreshProgress> | undefined;
  return typeof progress?.now === 'string' ? (progress as SegmentRefreshProgress) : undefined;
}

/**
 * Activities of the `segmentRefresh` workflow. A segment is refreshed a page of customers at a
 * time, heartbeating its cursor after each page: a retry (a worker died, a page failed) resumes
 * after the last page done instead of starting over. `pageSize` is for tests.
 */
export function createSegmentActivities(
  deps: RoutingDeps,
  options: { pageSize?: number } = {},
): SegmentRefreshActivities {
  return {
    listActiveSegmentIds: async ({ workspaceId }) =>
      (await listActiveSegmentRecords(deps.db, workspaceId)).map((segment) => segment.id),
    refreshSegmentMembers: async ({ segmentId }) => {
      const resume = resumedProgress(activityInfo().heartbeatDetails);
      const done = await refreshSegmentInPages(deps, segmentId, {
        ...(resume === undefined ? {} : { resume }),
        ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }),
        onPage: (_page, progress) => heartbeat(progress),
      });
      return { entered: done.entered, left: done.left };
    },
  };
}
