// "Send a test to me": checks who may send what to whom, counts the member's tests against their
// per-minute allowance, and starts the test-send workflow, whose activity delivers on the worker's
// send path. The server never calls a provider itself. A repeated request id (a double click, a
// retried request) finds the same workflow and answers with its outcome.
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import {
  countRateLimitHit,
  DataError,
  findUser,
  isWorkspaceCustomer,
  loadCustomerProfile,
  type Db,
} from '@wayfarer/db';
import {
  maintenanceTaskQueue,
  TEST_SEND_WORKFLOW,
  testSendWorkflowId,
  type TestSendResult,
  type TestSendWorkflow,
} from '@wayfarer/workflows';
import type { Actor } from '../accounts/roles';
import type { Services } from '../services';
import type { TestSendInput } from './message-template-input';
import { TestSendError } from './test-send-error';
import { testRecipient } from './test-recipient';

/** Tests one member may send per minute. */
export const TEST_SENDS_PER_MINUTE = 10;
/** How long the request waits for the worker's outcome before answering that it is still on its way. */
const OUTCOME_WAIT_MS = 20_000;

export type TestSendAnswer =
  (TestSendResult & { recipient: { name: string | null } }) | { status: 'pending'; recipient: { name: string | null } };

async function customerName(db: Db, workspaceId: string, customerId: string): Promise<string> {
  const profile = (await isWorkspaceCustomer(db, workspaceId, customerId))
    ? await loadCustomerProfile(db, customerId)
    : undefined;
  if (!profile) throw new DataError('not_found', 'No such customer in this workspace.');
  const { name } = profile.attributes;
  return typeof name === 'string' && name !== '' ? name : profile.externalId;
}

async function countTest(db: Db, actor: Actor): Promise<void> {
  const hit = await countRateLimitHit(db, `test-send:${actor.type}:${actor.id}`, 60_000);
  if (hit.count > TEST_SENDS_PER_MINUTE) {
    throw new TestSendError(
      'test_send_rate_limited',
      `At most ${TEST_SENDS_PER_MINUTE} tests a minute; try again in ${Math.ceil((hit.resetsAt.getTime() - Date.now()) / 1000)} s.`,
    );
  }
}

async function outcomeWithin(result: Promise<TestSendResult>): Promise<TestSendResult | 'pending'> {
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<'pending'>((resolve) => {
    timer = setTimeout(() => resolve('pending'), OUTCOME_WAIT_MS);
  });
  try {
    return await Promise.race([result, waited]);
  } finally {
    clearTimeout(timer);
  }
}

/** Starts (or finds) the test send of `input.requestId` and answers with its outcome. */
export async function sendTest(
  services: Services,
  caller: { workspaceId: string; actor: Actor },
  input: TestSendInput,
): Promise<TestSendAnswer> {
  const { db } = services;
  const { workspaceId, actor } = caller;
  await countTest(db, actor);
  // Another workspace's customer is as unknown here as one that does not exist.
  if (input.data.kind === 'customer') await customerName(db, workspaceId, input.data.customerId);
  const recipientName =
    input.recipient.kind === 'customer' ? await customerName(db, workspaceId, input.recipient.customerId) : null;
  const user = actor.type === 'user' ? await findUser(db, actor.id) : undefined;
  const recipient = await testRecipient(db, caller, input.channel, input.recipient, user?.email ?? null);
  const workflowId = testSendWorkflowId(workspaceId, input.requestId);
  const args = {
    workspaceId,
    requestedBy: `${actor.type}:${actor.id}`,
    requestId: input.requestId,
    channel: input.channel,
    content: input.content,
    data: input.data,
    recipient,
  };
  let result: Promise<TestSendResult>;
  try {
    const handle = await services.temporal.workflow.start<TestSendWorkflow>(TEST_SEND_WORKFLOW, {
      taskQueue: maintenanceTaskQueue(services.taskQueue),
      workflowId,
      workflowExecutionTimeout: '5 minutes',
      // A finished test is found again, not sent again (the activity's key would refuse it anyway).
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      args: [args],
    });
    result = handle.result();
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) {
      throw new TestSendError('worker_unreachable', 'The sending service cannot be reached; try again in a moment.', {
        cause: error,
      });
    }
    result = services.temporal.workflow.getHandle<TestSendWorkflow>(workflowId).result();
  }
  const name = input.recipient.kind === 'address' ? input.recipient.address : (recipientName ?? user?.name ?? null);
  const outcome = await outcomeWithin(result);
  return outcome === 'pending' ? { status: 'pending', recipient: { name } } : { ...outcome, recipient: { name } };
}
