// The worker side of segments: routing deps of its own (a Temporal client on the worker's
// connection, so facts produced by steps and refreshes can start journeys) and the activities of
// the hourly segment refresh workflow.
import { Client } from '@temporalio/client';
import type { NativeConnection } from '@temporalio/worker';
import { createVersionCache, listActiveSegmentRecords, type Db } from '@wayfarer/db';
import { journeyIRSchema, type NodeTypeLookup } from '@wayfarer/journey';
import { refreshSegment, type RoutingDeps, type RoutingObserver } from '@wayfarer/routing';
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

/** Activities of the `segmentRefresh` workflow. */
export function createSegmentActivities(deps: RoutingDeps): SegmentRefreshActivities {
  return {
    listActiveSegmentIds: async ({ workspaceId }) =>
      (await listActiveSegmentRecords(deps.db, workspaceId)).map((segment) => segment.id),
    refreshSegmentMembers: async ({ segmentId }) => {
      const diff = await refreshSegment(deps, segmentId);
      return { entered: diff.entered.length, left: diff.left.length };
    },
  };
}
