// Public API of the server app: its factory for composition roots and tests, the event router the
// worker-side tests reuse, and the API's type for clients.
export { BODY_LIMIT, createServer } from './create-server';
export type { WayfarerServer } from './create-server';
export type { ServerDeps } from './server-deps';
export { routeEvent } from './routing/route-event';
export type { RouteResult, RoutingDeps } from './routing/route-event';
export { routeTagAdded } from './routing/route-tag-added';
export type { TagAdded } from './routing/route-tag-added';
export type { JourneyEntry } from './routing/enter-journeys';
export type { EnrollmentOutcome } from './routing/start-enrollment';
export type { AppRouter } from './trpc/app-router';
