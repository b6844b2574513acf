// The contract between the test-send workflow, its activity (in the worker) and the server that
// starts it: a marketer's "Send a test to me", delivered by the worker's send path. Types and names
// only: the sandbox imports it.

/** Workflow type name of a test send. */
export const TEST_SEND_WORKFLOW = 'testSend';

/** One workflow per click: the client's request id makes a repeated click the same send. */
export function testSendWorkflowId(workspaceId: string, requestId: string): string {
  return `test-send:${workspaceId}:${requestId}`;
}

export interface TestSendInput {
  workspaceId: string;
  /** `user:<id>` or `api_key:<id>`: who asked for it (recorded with the test). */
  requestedBy: string;
  /** The idempotency key of the send (the client's request id). */
  requestId: string;
  /** A send channel's name, and content in the send step's shape (the activity parses both). */
  channel: string;
  content: Readonly<Record<string, unknown>>;
  /** Whose data fills the variables: a customer of the workspace, or the sample customer. */
  data: { kind: 'sample' } | { kind: 'customer'; customerId: string };
  /** Where it goes: the member's own email address, a customer profile's address on the channel, or an address as typed. */
  recipient:
    | { kind: 'me'; email: string | null }
    | { kind: 'customer'; customerId: string }
    | { kind: 'address'; address: string };
}

/** Why a test was not sent; `render_error` names the field (and the variable, when one was missing). */
export type TestSendFailureReason =
  'channel_not_connected' | 'channel_credentials_unreadable' | 'no_address' | 'render_error' | 'provider_refused';

export type TestSendResult =
  | { status: 'sent'; address: string | null }
  | { status: 'unknown'; address: string | null }
  | {
      status: 'failed';
      reason: TestSendFailureReason;
      detail: string;
      field?: string;
      variable?: string;
      /** The provider's own code, when it refused. */
      providerCode?: string;
    };

export interface TestSendActivities {
  /** Renders and delivers the test once per request id; a retry answers with the first outcome. */
  sendTestMessage(input: TestSendInput): Promise<TestSendResult>;
}

export type TestSendWorkflow = (input: TestSendInput) => Promise<TestSendResult>;
