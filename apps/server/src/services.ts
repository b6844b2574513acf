import type { NodeRegistry } from '@wayfarer/nodes';
import { createIrCache } from './routing/ir-cache';
import type { RoutingDeps } from './routing/route-event';
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
    irCache: createIrCache(),
  };
}
