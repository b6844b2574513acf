import { listRunningEnrollments, markEventRouted, type EventRow } from '@wayfarer/db';
import { eventRulesOf, findEventEntryStep, toJourneyEvent } from './entry';
import { enterLiveJourneys, type JourneyEntry, type RoutingDeps } from './enter-journeys';
import { followRichMenuRule } from './rich-menu-rule';
import { signalWhereUsed } from './signal-enrollments';

export type { RoutingDeps } from './enter-journeys';

export interface RouteResult {
  /** Entries this event caused or was refused, one per live journey it triggers. */
  entries: JourneyEntry[];
  /** Workflow ids of the running enrollments the event was signalled to: those whose journey uses it. */
  signalled: string[];
}

type RoutableEvent = Pick<EventRow, 'id' | 'workspaceId' | 'customerId' | 'name' | 'properties' | 'timestamp'>;

/**
 * Routes a stored track event: (1) enters the customer into every live journey whose trigger it
 * matches and whose re-entry rule and entry limit let them in, (2) signals it to the customer's
 * other running enrollments whose journey can use it. Safe to run again for the same event (a
 * crash before it was marked routed): entries are unique by workflow id and workflows ignore an
 * event id they have already seen.
 */
export async function routeStoredEvent(deps: RoutingDeps, event: RoutableEvent): Promise<RouteResult> {
  const journeyEvent = toJourneyEvent(event);
  // Entering and listing the running enrollments are independent, so they overlap (one round trip
  // less per event, measured by the ingest benchmark): an enrollment this event enters is left out
  // of the signals by its entry event id whether or not the list already sees it.
  const [entries, running] = await Promise.all([
    enterLiveJourneys(deps, {
      workspaceId: event.workspaceId,
      customerId: event.customerId,
      entryKey: event.id,
      entryEvent: journeyEvent,
      findEntryStep: (ir) => findEventEntryStep(ir, journeyEvent, eventRulesOf(deps.nodeTypes)),
    }),
    listRunningEnrollments(deps.db, event.customerId),
  ]);
  // An enrollment entered by this very event has it as its entry event already.
  const others = running.filter((enrollment) => enrollment.entryEventId !== event.id);
  const signalled = await signalWhereUsed(deps, others, journeyEvent);
  await followRichMenuRule(deps, event);
  return { entries, signalled };
}

/** {@link routeStoredEvent}, then marks the event routed. */
export async function routeEvent(deps: RoutingDeps, event: RoutableEvent): Promise<RouteResult> {
  const result = await routeStoredEvent(deps, event);
  await markEventRouted(deps.db, event.id);
  return result;
}
