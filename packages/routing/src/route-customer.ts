// One customer's claimed events, routed in order (the router's unit of work), then their segments.
import { workspaceHasActiveSegments, type Enrollment, type EventRow } from '@wayfarer/db';
import type { DecidedEntries } from './decide-first-entries';
import type { RoutingDeps } from './enter-journeys';
import { routeInOrder, type RouteCustomerOptions } from './route-in-order';
import { refreshSegmentsForCustomer } from './segment-membership';

export { journeyKinds, type RouteCustomerOptions } from './route-in-order';

/**
 * One customer's events in order ({@link routeInOrder}), then their segments once. Returns the ids
 * done; after a failure the failed event and those after it wait for their lease to end.
 */
export async function routeCustomer(
  deps: RoutingDeps,
  events: EventRow[],
  running: Enrollment[],
  options: RouteCustomerOptions,
  decided: DecidedEntries = new Map(),
): Promise<string[]> {
  const routed = await routeInOrder(deps, events, running, options, decided);
  if (routed.length < events.length) return routed;
  const [first] = events;
  try {
    if (first !== undefined && (await workspaceHasActiveSegments(deps.db, first.workspaceId))) {
      await refreshSegmentsForCustomer(deps, { workspaceId: first.workspaceId, customerId: first.customerId });
    }
    return routed;
  } catch (error) {
    // Routing them again is harmless (entries and signals are idempotent); losing the refresh is not.
    options.onError(error, first);
    return [];
  }
}
