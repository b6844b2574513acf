import type { NodeRegistry } from '@wayfarer/nodes';
import { createVersionCache } from '@wayfarer/db';
import { journeyIRSchema } from '@wayfarer/journey';
import type { RoutingDeps } from '@wayfarer/routing';
import type { ServerDeps } from './server-deps';

/** What request handlers use: the dependencies plus per-process caches. */
export interface Services extends RoutingDeps {
  registry: NodeRegistry;
}

export function createServices(deps: ServerDeps): Services {
  return {
    db: deps.db,
    temporal: deps.temporal,
    taskQueue: deps.taskQueue,
    registry: deps.registry,
    loadVersion: createVersionCache(deps.db, (ir) => journeyIRSchema.parse(ir)),
  };
}
