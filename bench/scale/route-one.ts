// What the event router does for one stored event of one customer: enter and signal journeys, then
// re-evaluate the customer's segments.
import { workspaceHasActiveSegments, type EventRow } from '@wayfarer/db';
import { refreshSegmentsForCustomer, routeEvent, type RoutingDeps } from '@wayfarer/routing';

export async function routeOneEvent(deps: RoutingDeps, event: EventRow): Promise<void> {
  await routeEvent(deps, event);
  if (await workspaceHasActiveSegments(deps.db, event.workspaceId)) {
    await refreshSegmentsForCustomer(deps, { workspaceId: event.workspaceId, customerId: event.customerId });
  }
}
