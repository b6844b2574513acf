import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { Enrollment } from '@wayfarer/db';
import { CUSTOMER_EVENT_SIGNAL, type JourneyEvent } from '@wayfarer/workflows';

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
