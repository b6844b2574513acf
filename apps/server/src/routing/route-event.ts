import {
  listLiveJourneyVersions,
  listRunningEnrollments,
  markEventRouted,
  type EventRow,
  type VersionLoader,
} from '@wayfarer/db';
import type { JourneyIR } from '@wayfarer/journey';
import type { JourneyEvent } from '@wayfarer/workflows';
import { entryWorkflowId, findEventEntryStep, toJourneyEvent } from './entry';
import { signalEnrollments } from './signal-enrollments';
import { startEnrollment, type EnrollmentDeps, type EnrollmentOutcome } from './start-enrollment';

export interface RoutingDeps extends EnrollmentDeps {
  /** Parsed IRs of journey versions, cached (versions are immutable). */
  loadVersion: VersionLoader<JourneyIR>;
}

export interface RouteResult {
  /** Entries this event caused, one per live journey it triggers. */
  entries: (EnrollmentOutcome & { journeyId: string })[];
  /** Workflow ids of the running enrollments the event was signalled to. */
  signalled: string[];
}

type RoutableEvent = Pick<EventRow, 'id' | 'workspaceId' | 'customerId' | 'name' | 'properties' | 'timestamp'>;

async function enterTriggeredJourneys(
  deps: RoutingDeps,
  event: RoutableEvent,
  journeyEvent: JourneyEvent,
): Promise<RouteResult['entries']> {
  const live = await listLiveJourneyVersions(deps.db, event.workspaceId);
  const entries = await Promise.all(
    live.map(async ({ journeyId, versionId }) => {
      const ir = await deps.loadVersion(versionId);
      const entryStepId = findEventEntryStep(ir, journeyEvent);
      if (entryStepId === undefined) return undefined;
      const outcome = await startEnrollment(deps, {
        workspaceId: event.workspaceId,
        journeyId,
        journeyVersionId: versionId,
        ir,
        customerId: event.customerId,
        entryStepId,
        entryEvent: journeyEvent,
        workflowId: entryWorkflowId(journeyId, event.customerId, ir.settings.reentry, event.id),
      });
      return { ...outcome, journeyId };
    }),
  );
  return entries.filter((entry) => entry !== undefined);
}

/**
 * Routes a stored track event: (1) enters the customer into every live journey whose trigger it
 * matches, (2) signals it to the customer's other running enrollments, then marks it routed.
 * Safe to run again for the same event (a crash before `routedAt` was set): entries are unique
 * by workflow id and workflows ignore an event id they have already seen.
 */
export async function routeEvent(deps: RoutingDeps, event: RoutableEvent): Promise<RouteResult> {
  const journeyEvent = toJourneyEvent(event);
  const entries = await enterTriggeredJourneys(deps, event, journeyEvent);
  // An enrollment entered by this very event has it as its entry event already.
  const running = await listRunningEnrollments(deps.db, event.customerId);
  const others = running.filter((enrollment) => enrollment.entryEventId !== event.id);
  const signalled = await signalEnrollments(deps.temporal, others, journeyEvent);
  await markEventRouted(deps.db, event.id);
  return { entries, signalled };
}
