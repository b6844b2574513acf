// "Send a test to me" on the journeys' send path: the workspace's channel adapter (credentials,
// outbound policy, pacing), the channel's own provider message, the provider call with an
// idempotency key. Recorded in `test_sends`, never in `messages`: no cap, smart-sending window or
// journey statistic counts a test, and no open or click of it is tracked.
import { channelSpec, type ChannelAdapter, type RenderedMessage } from '@wayfarer/channels';
import { claimTestSend, updateTestSend, type Db, type TestSend } from '@wayfarer/db';
import { inSpan } from '@wayfarer/telemetry';
import { channelMessage, messageText } from './channel-message';
import type { DeliveryDeps } from './deliver';
import { createStepResolver } from './step-resolver';
import type { TestRendering } from './test-send-render';

export interface TestSendRequest {
  workspaceId: string;
  requestedBy: string;
  idempotencyKey: string;
  channel: RenderedMessage['channel'];
  recipientCustomerId: string | null;
  dataCustomerId: string | null;
  /** The recipient's address; `undefined` when the channel needs one and none is known. */
  address: string | null | undefined;
  rendering: TestRendering;
}

export type TestSendFailure =
  'channel_not_connected' | 'channel_credentials_unreadable' | 'no_address' | 'render_error' | 'provider_refused';

export type TestSendOutcome =
  | { status: 'sent' | 'unknown'; address: string | null }
  | {
      status: 'failed';
      reason: TestSendFailure;
      detail: string;
      field?: string;
      variable?: string;
      providerCode?: string;
    };

const failureReasons: readonly string[] = [
  'channel_not_connected',
  'channel_credentials_unreadable',
  'no_address',
  'render_error',
] satisfies TestSendFailure[];

/** The outcome a row records; a row still `sending` has none yet. */
function outcomeOf(row: TestSend): TestSendOutcome | undefined {
  switch (row.status) {
    case 'sent':
    case 'unknown':
      return { status: row.status, address: row.address };
    case 'failed': {
      const known = row.reason !== null && failureReasons.includes(row.reason);
      const reason = known ? (row.reason as TestSendFailure) : 'provider_refused';
      return {
        status: 'failed',
        reason,
        detail: row.detail ?? '',
        ...(known || row.reason === null ? {} : { providerCode: row.reason }),
      };
    }
    case 'sending':
      return undefined;
    default: {
      const unreachable: never = row.status;
      return unreachable;
    }
  }
}

interface Refusal {
  reason: Exclude<TestSendFailure, 'provider_refused'>;
  detail: string;
}

/** Why the test cannot be sent before any provider is called, if it cannot. */
function refusal(
  request: TestSendRequest,
  unusable: { code: 'channel_not_connected' | 'channel_credentials_unreadable'; detail: string } | undefined,
): Refusal | undefined {
  const { rendering } = request;
  if (!rendering.ok) return { reason: 'render_error', detail: `${rendering.field}: ${rendering.detail}` };
  if (unusable) return { reason: unusable.code, detail: unusable.detail };
  if (request.address === undefined) {
    return { reason: 'no_address', detail: `No ${channelSpec(request.channel).address ?? ''} address is known.` };
  }
  return undefined;
}

/** Sends test messages once per idempotency key through the workspace's channel adapters. */
export function createTestSender(deps: DeliveryDeps) {
  const resolve = createStepResolver(deps.box, deps.policy);

  async function call(db: Db, row: TestSend, message: RenderedMessage, adapter: ChannelAdapter) {
    // A test has no unsubscribe target of its own: the link leads to the app (or the customer's own page).
    const link = () => deps.unsubscribe.baseUrl;
    await deps.pace?.(message.channel);
    const result = await inSpan(`send test ${message.channel}`, { 'wayfarer.channel': message.channel }, () =>
      adapter.send(channelMessage(message, row.address, link), { idempotencyKey: row.idempotencyKey }),
    );
    if (result.status === 'sent') {
      await updateTestSend(db, row.idempotencyKey, { status: 'sent', providerMessageId: result.providerMessageId });
      return { status: 'sent' as const, address: row.address };
    }
    await updateTestSend(db, row.idempotencyKey, { status: 'failed', reason: result.code, detail: result.detail });
    return {
      status: 'failed' as const,
      reason: 'provider_refused' as const,
      detail: result.detail,
      providerCode: result.code,
    };
  }

  function record(request: TestSendRequest, refused: Refusal | undefined) {
    const { rendering } = request;
    return claimTestSend(deps.db, {
      workspaceId: request.workspaceId,
      requestedBy: request.requestedBy,
      channel: request.channel,
      recipientCustomerId: request.recipientCustomerId,
      dataCustomerId: request.dataCustomerId,
      address: request.address ?? null,
      ...(rendering.ok ? messageText(rendering.message) : { subject: null, body: '' }),
      status: refused ? 'failed' : 'sending',
      reason: refused?.reason ?? null,
      detail: refused?.detail ?? null,
      idempotencyKey: request.idempotencyKey,
    });
  }

  return async function sendTest(request: TestSendRequest): Promise<TestSendOutcome> {
    const { db } = deps;
    const { rendering } = request;
    const resolved = await resolve(db, request.workspaceId, request.channel);
    if (!rendering.ok || !resolved.ok || request.address === undefined) {
      const refused = refusal(request, resolved.ok ? undefined : resolved) ?? { reason: 'no_address', detail: '' };
      const { row } = await record(request, refused);
      const outcome = outcomeOf(row) ?? { status: 'failed', ...refused };
      return rendering.ok || outcome.status !== 'failed' ? outcome : { ...outcome, ...renderFields(rendering) };
    }
    const claimed = await record(request, undefined);
    if (!claimed.created) {
      const earlier = outcomeOf(claimed.row);
      if (earlier) return earlier;
      // An attempt interrupted mid-call is repeated only where the provider dedupes on our key.
      if (!channelSpec(request.channel).dedupes) {
        await updateTestSend(db, request.idempotencyKey, {
          status: 'unknown',
          detail: 'attempt interrupted; not repeated',
        });
        return { status: 'unknown', address: claimed.row.address };
      }
    }
    return call(db, claimed.row, rendering.message, resolved.adapter);
  };
}

function renderFields(rendering: Extract<TestRendering, { ok: false }>) {
  return { field: rendering.field, ...(rendering.variable === undefined ? {} : { variable: rendering.variable }) };
}

export type TestSender = ReturnType<typeof createTestSender>;
