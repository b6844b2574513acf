// The test-send workflow: one activity on the worker's send path. A workflow (not a call from the
// API server) so the send runs where journeys' sends run, with the channel credentials and
// outbound policy of the worker, and so a repeated click finds the same workflow id.
import { proxyActivities } from '@temporalio/workflow';
import type { TestSendActivities, TestSendInput, TestSendResult } from './test-send.contract';

// A crashed worker retries; the activity's idempotency key makes a retry answer, not send again.
const { sendTestMessage } = proxyActivities<TestSendActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumAttempts: 3 },
});

/** Sends one test message and returns how it went. */
export async function testSend(input: TestSendInput): Promise<TestSendResult> {
  return sendTestMessage(input);
}
