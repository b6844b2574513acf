import { channelSpec, lineChannel, type ChannelAdapter, type OutboundPolicy, type SecretBox } from '@wayfarer/channels';
import {
  findMessageByKey,
  insertMessage,
  lockCustomerChannel,
  recordSendDeferral,
  updateMessage,
  type Db,
  type Message,
} from '@wayfarer/db';
import type { DeliveryOutcome, DeliveryRequest, SkipReason } from '@wayfarer/nodes/runtime';
import { channelMessage, messageText } from './channel-message';
import { retryableDeliveryFailure } from './delivery-failure';
import { budgetSpentDetail, DEFAULT_DELIVERY_RETRY_BUDGET, mayRetry, type DeliveryRetryBudget } from './retry-budget';
import { decidePolicy } from './policy';
import { gatherPolicyFacts } from './policy-facts';
import { createStepResolver } from './step-resolver';
import { withEngagementTracking, type TrackingLinks } from './tracked-email';
import { unsubscribeUrl } from '@wayfarer/channels';
import { inSpan } from '@wayfarer/telemetry';
import { secondsSinceScheduled } from './activity-clock';

export interface DeliveryDeps {
  /**
   * Where attempts are recorded: a handle with a pool of its own (see send-from-env.ts), so an
   * attempt commits before the provider call while the step's transaction holds its connection.
   */
  db: Db;
  /** Opens channel credentials (WAYFARER_SECRET_KEY). */
  box: SecretBox;
  /** Which addresses channels may call (WAYFARER_OUTBOUND_ALLOW's policy when absent). */
  policy?: OutboundPolicy;
  /** Base URL and key of signed one-click unsubscribe links. */
  unsubscribe: { baseUrl: string; key: Buffer };
  /** Base URL and key of email open/click tracking links; absent, emails are sent as rendered. */
  tracking?: TrackingLinks;
  /** Told how each delivery ended and how long it waited (metrics). */
  observe?: { sendFinished(channel: string, status: string): void; sendWaited(channel: string, seconds: number): void };
  /** Waits for the channel's next send slot across all workers (see send-pacer.ts); none: no pacing. */
  pace?: (channel: string) => Promise<void>;
  /** How long a provider failing for now is retried (default DEFAULT_DELIVERY_RETRY_BUDGET). */
  retryBudget?: DeliveryRetryBudget;
}

/** The step visit a delivery belongs to. */
export interface DeliveryScope {
  workspaceId: string;
  journeyId: string;
  enrollmentId: string;
  customerId: string;
  stepId: string;
  idempotencyKey: string;
}

// A LINE reply has no retry key (line-reply.ts in channels): one that may have arrived is not repeated.
const isLineReply = (message: DeliveryRequest['message']): boolean =>
  message.channel === lineChannel.name && 'reply' in message && message.reply !== undefined;

function outcomeOf(row: Message): DeliveryOutcome | undefined {
  switch (row.status) {
    case 'sent':
    case 'queued':
      return { status: 'sent', messageId: row.id, providerMessageId: row.providerMessageId ?? row.id };
    case 'unknown':
      return { status: 'unknown', messageId: row.id };
    case 'skipped':
      return { status: 'skipped', messageId: row.id, reason: (row.reason ?? 'unsubscribed') as SkipReason };
    case 'failed':
      return { status: 'failed', messageId: row.id, code: row.reason ?? 'rejected', detail: row.detail ?? '' };
    case 'sending':
    case 'retrying':
      return undefined;
    default: {
      const unreachable: never = row.status;
      return unreachable;
    }
  }
}

/**
 * Delivers one step visit's message at most once: policy, then the attempt recorded as `sending`
 * in its own committed transaction, then the provider call with the visit's idempotency key, then
 * the outcome. Retryable provider failures are thrown (the activity retries) until the retry
 * budget is spent, then the message is `failed`; see README "Sending".
 */
export function createDelivery(deps: DeliveryDeps) {
  const resolve = createStepResolver(deps.box, deps.policy);
  const budget = deps.retryBudget ?? DEFAULT_DELIVERY_RETRY_BUDGET;
  async function call(
    db: Db,
    row: Message,
    request: DeliveryRequest,
    adapter: ChannelAdapter,
  ): Promise<DeliveryOutcome> {
    const link = () =>
      unsubscribeUrl(deps.unsubscribe.baseUrl, deps.unsubscribe.key, {
        workspaceId: row.workspaceId,
        customerId: row.customerId,
        channel: request.message.channel,
      });
    const message = withEngagementTracking(deps.tracking, row, request.message, link);
    // The provider call, as a span of its own under the step activity's (traces), in its slot.
    const channel = request.message.channel;
    await deps.pace?.(channel);
    deps.observe?.sendWaited(channel, secondsSinceScheduled());
    const result = await inSpan(`send ${channel}`, { 'wayfarer.channel': channel }, () =>
      adapter.send(channelMessage(message, row.address, link), { idempotencyKey: row.idempotencyKey }),
    );
    if (result.status === 'sent') {
      const providerMessageId = result.providerMessageId;
      await updateMessage(db, row.idempotencyKey, {
        status: 'sent',
        providerMessageId,
        sentAt: new Date(),
        reason: null,
        detail: null,
      });
      return { status: 'sent', messageId: row.id, providerMessageId };
    }
    // It may have arrived at a provider that cannot dedupe (unconfirmed.ts in channels): not repeated.
    if (result.code === 'unknown_outcome') {
      await updateMessage(db, row.idempotencyKey, { status: 'unknown', reason: result.code, detail: result.detail });
      return { status: 'unknown', messageId: row.id };
    }
    const now = new Date();
    if (result.retryable && mayRetry(budget, row.attempts, row.createdAt, now)) {
      await updateMessage(db, row.idempotencyKey, { status: 'retrying', reason: result.code, detail: result.detail });
      throw retryableDeliveryFailure(result);
    }
    const detail = result.retryable
      ? budgetSpentDetail(result.detail, row.attempts, row.createdAt, now)
      : result.detail;
    await updateMessage(db, row.idempotencyKey, { status: 'failed', reason: result.code, detail });
    return { status: 'failed', messageId: row.id, code: result.code, detail };
  }

  async function resume(
    db: Db,
    row: Message,
    request: DeliveryRequest,
    adapter: ChannelAdapter,
  ): Promise<DeliveryOutcome> {
    const settled = outcomeOf(row);
    if (settled) return settled;
    // Only providers that dedupe on our key (X-Line-Retry-Key, Idempotency-Key) may see an attempt
    // that may already have arrived again; elsewhere (email, SMS, a LINE reply) sending again could double it.
    if (row.status === 'sending' && (!channelSpec(request.message.channel).dedupes || isLineReply(request.message))) {
      await updateMessage(db, row.idempotencyKey, { status: 'unknown', detail: 'attempt interrupted; not repeated' });
      return { status: 'unknown', messageId: row.id };
    }
    const again = await updateMessage(db, row.idempotencyKey, { status: 'sending', attempts: row.attempts + 1 });
    return call(db, again, request, adapter);
  }

  async function deliverOnce(scope: DeliveryScope, request: DeliveryRequest, now: Date): Promise<DeliveryOutcome> {
    const { db } = deps;
    const { channel } = request.message;
    const resolved = await resolve(db, scope.workspaceId, channel);
    const claimed = await claim(db, scope, request, now, resolved.ok ? undefined : resolved.code);
    if (claimed.kind === 'defer') {
      // Counted in insight as a send deferred by quiet hours; the message row comes with the retry.
      await recordSendDeferral(db, {
        workspaceId: scope.workspaceId,
        customerId: scope.customerId,
        journeyId: scope.journeyId,
        enrollmentId: scope.enrollmentId,
        stepId: scope.stepId,
        channel,
        reason: 'quiet_hours',
        idempotencyKey: scope.idempotencyKey,
        until: new Date(now.getTime() + claimed.delayMs),
      });
      return { status: 'deferred', untilMs: claimed.delayMs, reason: 'quiet_hours' };
    }
    if (!resolved.ok)
      return (
        outcomeOf(claimed.row) ?? {
          status: 'failed',
          messageId: claimed.row.id,
          code: resolved.code,
          detail: resolved.detail,
        }
      );
    if (claimed.kind === 'existing') return resume(db, claimed.row, request, resolved.adapter);
    return claimed.kind === 'send'
      ? call(db, claimed.row, request, resolved.adapter)
      : (outcomeOf(claimed.row) as DeliveryOutcome);
  }

  return async function deliver(scope: DeliveryScope, request: DeliveryRequest, now: Date): Promise<DeliveryOutcome> {
    const { channel } = request.message;
    try {
      const outcome = await deliverOnce(scope, request, now);
      deps.observe?.sendFinished(channel, outcome.status);
      return outcome;
    } catch (error) {
      deps.observe?.sendFinished(channel, 'retrying');
      throw error;
    }
  };
}

type Claim = { kind: 'existing' | 'send' | 'skip'; row: Message } | { kind: 'defer'; delayMs: number };

/**
 * Decides under the customer's channel lock and records the decision: a `skipped` row, or the
 * `sending` row of the first attempt (committed when this returns). A deferral records nothing.
 */
async function claim(
  db: Db,
  scope: DeliveryScope,
  request: DeliveryRequest,
  now: Date,
  unusable: 'channel_not_connected' | 'channel_credentials_unreadable' | undefined,
): Promise<Claim> {
  const { channel } = request.message;
  const templateKey = `${scope.journeyId}:${scope.stepId}`;
  return db.transaction().execute(async (trx) => {
    await lockCustomerChannel(trx, scope.customerId, channel);
    const existing = await findMessageByKey(trx, scope.idempotencyKey);
    if (existing) return { kind: 'existing', row: existing };
    const { facts, address } = await gatherPolicyFacts(trx, {
      ...scope,
      channel,
      message: request.message,
      templateKey,
      smartSendingHours: request.smartSendingHours,
      now,
    });
    const decision = decidePolicy(facts);
    if (decision.kind === 'defer' && unusable === undefined) return { kind: 'defer', delayMs: decision.delayMs };
    const skip =
      decision.kind === 'skip' ? decision.reason : unusable === 'channel_not_connected' ? unusable : undefined;
    const status = skip !== undefined ? 'skipped' : unusable !== undefined ? 'failed' : 'sending';
    const { id } = await insertMessage(trx, {
      workspaceId: scope.workspaceId,
      customerId: scope.customerId,
      journeyId: scope.journeyId,
      enrollmentId: scope.enrollmentId,
      stepId: scope.stepId,
      channel,
      name: request.name,
      ...messageText(request.message),
      status,
      reason: skip ?? unusable ?? null,
      idempotencyKey: scope.idempotencyKey,
      address: address ?? null,
      locale: request.locale,
      templateKey,
      attempts: status === 'sending' ? 1 : 0,
    });
    const row = await findMessageByKey(trx, scope.idempotencyKey);
    if (!row) throw new Error(`message ${id} vanished inside its transaction`);
    return { kind: status === 'sending' ? 'send' : 'skip', row };
  });
}
