// Who enters which journey: entry rules, starting enrollments, and routing facts (events, tags) to
// live journeys and running enrollments. Used by the server (ingest, webhooks, API starts) and the
// worker (facts produced by journey steps).
export { admitEntry, entryWithholding } from './admit-entry';
export { enterLiveJourneys, type EntryFact, type JourneyEntry, type RoutingDeps } from './enter-journeys';
export * from './entry';
export * from './entry-rules';
export { routeEvent, routeStoredEvent, type RouteResult } from './route-event';
export { startEventRouter, type EventRouter, type EventRouterOptions } from './event-router';
export type { EventHandoff } from './event-handoff';
export { decideFirstEntries, type DecidedEntries } from './decide-first-entries';
export { routeTagAdded, type TagAdded } from './route-tag-added';
export { signalEnrollments, signalWhereUsed } from './signal-enrollments';
export { enrollmentsUsing } from './events-used';
export {
  startEnrollment,
  type EnrollmentDeps,
  type EnrollmentOutcome,
  type EnrollmentRequest,
  type RoutingObserver,
} from './start-enrollment';
export {
  refreshSegment,
  refreshSegmentInPages,
  refreshSegmentsForCustomer,
  routePendingSegmentFacts,
  SEGMENT_ENTERED_EVENT,
  SEGMENT_EXITED_EVENT,
  type MembershipDiff,
  type SegmentPageDone,
  type SegmentRefreshProgress,
} from './segment-membership';
export { ensureSegmentRefreshSchedule } from './segment-schedule';
export { ensureExperimentDecisionsSchedule } from './experiment-schedule';
export { ensureWorkspaceSchedule, type WorkspaceSchedule } from './workspace-schedule';
