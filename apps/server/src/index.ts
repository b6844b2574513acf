// Public API of the server app: its factory for composition roots and tests, the event router the
// worker-side tests reuse, and the API's type for clients.
export { BODY_LIMIT, createServer } from './create-server';
export type { WayfarerServer } from './create-server';
export type { ServerDeps } from './server-deps';
export { KEY_CACHE_MS } from './auth/api-key-cache';
export { sealClearLineSecrets } from './channels/seal-clear-line-secrets';
export {
  routeEvent,
  routeTagAdded,
  type EnrollmentOutcome,
  type JourneyEntry,
  type RouteResult,
  type RoutingDeps,
  type TagAdded,
} from '@wayfarer/routing';
export type { AppRouter } from './trpc/app-router';
