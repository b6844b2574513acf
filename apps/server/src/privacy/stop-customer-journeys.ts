// Before a customer is erased, their running journeys end: each workflow gets the `exitJourney`
// signal with reason `erased` and is given a moment to leave between steps (it then closes its own
// enrollment, so no step is cut short and nothing is sent twice). One that has not closed by then
// is terminated: a step already in flight either committed with its idempotency key or never did.
import { WorkflowNotFoundError, type WorkflowHandle } from '@temporalio/client';
import { listRunningEnrollmentsOf } from '@wayfarer/db';
import { EXIT_SIGNAL, type ExitJourneyInput } from '@wayfarer/workflows';
import type { Services } from '../services';

/** How long an exiting workflow may take to close before it is terminated. */
export const ERASE_EXIT_TIMEOUT_MS = 10_000;

export const ERASED_REASON = 'erased';

async function closeWithin(handle: WorkflowHandle, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    // Any outcome (completed, failed, terminated) means it is no longer running.
    return await Promise.race([
      handle.result().then(
        () => true,
        () => true,
      ),
      timedOut,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

async function stopOne(
  services: Services,
  workflowId: string,
  timeoutMs: number,
): Promise<'exited' | 'terminated' | 'gone'> {
  const handle = services.temporal.workflow.getHandle(workflowId);
  try {
    const input: ExitJourneyInput = { reason: ERASED_REASON };
    await handle.signal(EXIT_SIGNAL, input);
    if (await closeWithin(handle, timeoutMs)) return 'exited';
    await handle.terminate('customer erased');
    return 'terminated';
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return 'gone';
    throw error;
  }
}

/** Ends every running journey of the customer; resolves when none of their workflows runs. */
export async function stopCustomerJourneys(
  services: Services,
  input: { workspaceId: string; customerId: string },
  timeoutMs = ERASE_EXIT_TIMEOUT_MS,
): Promise<{ exited: number; terminated: number }> {
  const running = await listRunningEnrollmentsOf(services.db, input.workspaceId, input.customerId);
  const outcomes = await Promise.all(running.map((enrollment) => stopOne(services, enrollment.workflowId, timeoutMs)));
  return {
    exited: outcomes.filter((outcome) => outcome !== 'terminated').length,
    terminated: outcomes.filter((outcome) => outcome === 'terminated').length,
  };
}
