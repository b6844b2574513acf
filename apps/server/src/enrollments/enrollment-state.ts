import { STATE_QUERY, type JourneyState } from '@wayfarer/workflows';
import type { Services } from '../services';

/** How long the explorer waits for a workflow to answer its `state` query. */
export const STATE_QUERY_TIMEOUT_MS = 5_000;

/**
 * Where a running enrollment's workflow says the customer is (its `state` query); null when the
 * workflow cannot answer (ended, no worker, timed out): the explorer then shows the path only.
 */
export async function queryEnrollmentState(services: Services, workflowId: string): Promise<JourneyState | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), STATE_QUERY_TIMEOUT_MS);
  });
  try {
    const answer = services.temporal.workflow.getHandle(workflowId).query<JourneyState>(STATE_QUERY);
    return await Promise.race([answer.catch(() => null), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
