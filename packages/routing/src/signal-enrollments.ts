import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { Enrollment } from '@wayfarer/db';
import { CUSTOMER_EVENT_SIGNAL, type JourneyEvent } from '@wayfarer/workflows';
import type { RoutingDeps } from './enter-journeys';
import { enrollmentsUsing } from './events-used';

/**
 * Sends the event to each enrollment's workflow; returns the workflow ids signalled. A workflow
 * that has already closed (its enrollment row not yet updated) is skipped, not an error.
 */
export async function signalEnrollments(
  temporal: Client,
  enrollments: readonly Enrollment[],
  event: JourneyEvent,
): Promise<string[]> {
  const signalled = await Promise.all(
    enrollments.map(async (enrollment) => {
      try {
        await temporal.workflow.getHandle(enrollment.workflowId).signal<[JourneyEvent]>(CUSTOMER_EVENT_SIGNAL, event);
        return enrollment.workflowId;
      } catch (error) {
        if (error instanceof WorkflowNotFoundError) return undefined;
        throw error;
      }
    }),
  );
  return signalled.filter((workflowId): workflowId is string => workflowId !== undefined);
}

/**
 * Signals the event to those of the customer's running enrollments whose journey can use it (an
 * exit criterion, the goal, a wait or a step that reads it) and skips the rest, which it could not
 * change; tells the observer both counts. Returns the workflow ids signalled.
 */
export async function signalWhereUsed(
  deps: RoutingDeps,
  running: readonly Enrollment[],
  event: JourneyEvent,
): Promise<string[]> {
  const using = await enrollmentsUsing(deps, running, event.name);
  // Counted outside the optional call: `observe?.signalled(await …)` would skip the signals too.
  const signalled = await signalEnrollments(deps.temporal, using, event);
  deps.observe?.signalled(signalled.length);
  if (using.length < running.length) deps.observe?.skipped?.(running.length - using.length);
  return signalled;
}
