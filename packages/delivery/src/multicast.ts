// A broadcast's first send delivered in bulk (LINE multicast): one rendered message, the sending
// policy decided per customer, a message row per recipient written under the journey step's own
// idempotency key, then one provider request per 500 recipients under a retry key of its own.
// When the journey's step runs for these customers it finds their row settled and sends nothing.
// A request is repeated only under its own retry key (LINE answers 409 to one it took), within the
// send retry budget; one that may have arrived and can no longer be retried is `unknown`, never
// sent again.
import { channelSpec, MULTICAST_LIMIT, type ChannelAdapter, type RenderedMessage } from '@wayfarer/channels';
import {
  findMessagesByKeys,
  findMessagingSettings,
  insertBulkMessages,
  lockCustomersChannel,
  readBulkPolicyFacts,
  retryBulkMessages,
  settleBulkMessages,
  type BulkMessage,
  type BulkMessageRecipient,
  type Db,
} from '@wayfarer/db';
import type { DeliveryDeps } from './deliver';
import { retryableDeliveryFailure } from './delivery-failure';
import { budgetSpentDetail, DEFAULT_DELIVERY_RETRY_BUDGET, mayRetry, type DeliveryRetryBudget } from './retry-budget';
import { messageText } from './channel-message';
import { decidePolicy } from './policy';
import { quietHoursDelay } from './quiet-hours';
import { replyWindowApplies } from './reply-window';
import { capFor, readMessagingSettings } from './settings';
import { createStepResolver } from './step-resolver';

const HOUR_MS = 3_600_000;
/** Bulk requests of one call in flight at once. */
const REQUESTS_IN_FLIGHT = 4;

export interface MulticastRecipient {
  customerId: string;
  enrollmentId: string;
  /** The step visit's key in the journey (`<workflow id>:<step id>:1`): the step finds its row by it. */
  idempotencyKey: string;
}

export interface MulticastRequest {
  workspaceId: string;
  journeyId: string;
  stepId: string;
  /** Names this batch's requests (`<bulkKey>:<n>`): the same on every try of the batch. */
  bulkKey: string;
  name: string;
  message: RenderedMessage;
  locale: string;
  smartSendingHours?: number | undefined;
  recipients: readonly MulticastRecipient[];
  /** The broadcast's clock: quiet hours are read on it. */
  now: Date;
}

export interface MulticastResult {
  /** Provider requests made by this call (a retry makes only the unsettled ones again). */
  requests: number;
  /** Recipients those requests delivered to. */
  delivered: number;
  /** Whether the channel can multicast at all; when not, every step sends on its own. */
  available: boolean;
}

type Multicaster = Required<Pick<ChannelAdapter, 'multicast'>>['multicast'];

/**
 * Decides the batch's recipients once, in one transaction under their channel locks: those the
 * policy lets through now get a `sending` row naming their request, returned here. Everyone else
 * gets nothing here, and their step decides (and records why) as for any customer.
 */
async function decide(db: Db, request: MulticastRequest, stored: unknown): Promise<BulkMessage[]> {
  const channel = request.message.channel;
  const templateKey = `${request.journeyId}:${request.stepId}`;
  return db.transaction().execute(async (trx) => {
    const customerIds = request.recipients.map((recipient) => recipient.customerId);
    // The commit is not waited onto disk (lockCustomersChannel): decisions lost to a crash are made
    // again and sent under the same retry keys (`bulkKey`), which LINE answers 409 for a request it took.
    await lockCustomersChannel(trx, customerIds, channel);
    const settings = readMessagingSettings(stored);
    const cap = capFor(settings, channel);
    const clock = Date.now();
    const facts = await readBulkPolicyFacts(trx, {
      customerIds,
      channel,
      identityKind: channelSpec(channel).address ?? '',
      capSince: cap === null ? undefined : new Date(clock - cap.windowHours * HOUR_MS),
      template:
        request.smartSendingHours === undefined
          ? undefined
          : { key: templateKey, since: new Date(clock - request.smartSendingHours * HOUR_MS) },
    });
    const byCustomer = new Map(facts.map((row) => [row.customerId, row]));
    const recipients: BulkMessageRecipient[] = [];
    for (const recipient of request.recipients) {
      const row = byCustomer.get(recipient.customerId);
      if (row?.address === undefined) continue;
      const decision = decidePolicy({
        consent: row.consent,
        hasAddress: true,
        // Channels with a reply window never multicast (createMulticast), so it is open here.
        outsideWindow: false,
        sentInWindow: row.sentInWindow,
        cap,
        templateSentRecently: row.templateSentRecently,
        quietDelayMs: quietHoursDelay(request.now.getTime(), row.timezone, settings.quietHours),
      });
      if (decision.kind !== 'send') continue;
      recipients.push({
        customerId: recipient.customerId,
        enrollmentId: recipient.enrollmentId,
        idempotencyKey: recipient.idempotencyKey,
        address: row.address,
        bulkKey: `${request.bulkKey}:${Math.floor(recipients.length / MULTICAST_LIMIT)}`,
      });
    }
    const shared = {
      workspaceId: request.workspaceId,
      journeyId: request.journeyId,
      stepId: request.stepId,
      channel,
      name: request.name,
      ...messageText(request.message),
      locale: request.locale,
      templateKey,
    };
    return insertBulkMessages(trx, shared, recipients);
  });
}

/** The rows still waiting for their request, by request. */
function openRequests(rows: readonly BulkMessage[]): Map<string, BulkMessage[]> {
  const requests = new Map<string, BulkMessage[]>();
  for (const row of rows) {
    if (row.bulkKey === null || (row.status !== 'sending' && row.status !== 'retrying')) continue;
    requests.set(row.bulkKey, [...(requests.get(row.bulkKey) ?? []), row]);
  }
  return requests;
}

interface Sender {
  db: Db;
  multicast: Multicaster;
  message: RenderedMessage;
  budget: DeliveryRetryBudget;
  pace: ((channel: string) => Promise<void>) | undefined;
}

/**
 * A request left open by an earlier try (its answer lost, or failed for now): sent again under
 * the same key while the budget lasts; after that it may have arrived, so it is `unknown`.
 */
async function reopen(sender: Sender, bulkKey: string, rows: readonly BulkMessage[]): Promise<number> {
  const first = rows[0] as BulkMessage;
  const now = new Date();
  if (!mayRetry(sender.budget, first.attempts, first.createdAt, now)) {
    const detail = budgetSpentDetail(first.detail ?? 'attempt interrupted', first.attempts, first.createdAt, now);
    await settleBulkMessages(sender.db, bulkKey, {
      status: 'unknown',
      reason: first.reason ?? 'unknown_outcome',
      detail,
    });
    return 0;
  }
  const again = await retryBulkMessages(sender.db, bulkKey);
  return again.length === 0 ? 0 : sendRequest(sender, bulkKey, again);
}

/** One provider request for `rows`, paced as one send (LINE limits requests, not recipients). */
async function sendRequest(sender: Sender, bulkKey: string, rows: readonly BulkMessage[]): Promise<number> {
  const to = rows.map((row) => row.address ?? '');
  await sender.pace?.(sender.message.channel);
  const result = await sender.multicast(sender.message, to, { idempotencyKey: bulkKey });
  if (result.status === 'sent') {
    await settleBulkMessages(sender.db, bulkKey, { status: 'sent', providerMessageId: result.providerMessageId });
    return to.length;
  }
  const first = rows[0] as BulkMessage;
  const now = new Date();
  const failed = (status: 'failed' | 'retrying' | 'unknown', detail = result.detail) =>
    settleBulkMessages(sender.db, bulkKey, { status, reason: result.code, detail });
  // The provider may have it and cannot dedupe: never repeated.
  if (result.code === 'unknown_outcome') await failed('unknown');
  else if (result.retryable && mayRetry(sender.budget, first.attempts, first.createdAt, now)) {
    // Retried with the batch, under the same key: LINE answers 409 if it had taken the request.
    await failed('retrying');
    throw retryableDeliveryFailure(result);
  } else if (result.retryable) {
    // Out of budget after tries that may have arrived (a lost answer, a timeout): not repeated.
    await failed('unknown', budgetSpentDetail(result.detail, first.attempts, first.createdAt, now));
  } else await failed('failed');
  return 0;
}

/** Runs `tasks` REQUESTS_IN_FLIGHT at a time; all settle before the first failure is thrown. */
async function inFlight(tasks: readonly (() => Promise<number>)[]): Promise<number> {
  let next = 0;
  let total = 0;
  const failures: unknown[] = [];
  const lane = async () => {
    while (next < tasks.length) {
      const task = tasks[next++] as () => Promise<number>;
      try {
        total += await task();
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(REQUESTS_IN_FLIGHT, tasks.length) }, lane));
  if (failures.length > 0) throw failures[0];
  return total;
}

/**
 * Delivers a broadcast batch's first send in bulk, at most once per recipient: see the file's
 * head. Throws a retryable failure when the provider fails for now (the batch is retried, nobody
 * enters before their row is settled, so no step can send it a second time).
 */
export function createMulticast(deps: Pick<DeliveryDeps, 'db' | 'box' | 'policy' | 'pace' | 'retryBudget'>) {
  const resolve = createStepResolver(deps.box, deps.policy);
  return async function multicast(request: MulticastRequest): Promise<MulticastResult> {
    // The adapter, an earlier try's rows and the workspace's settings: independent reads, at once.
    const [resolved, earlier, stored] = await Promise.all([
      resolve(deps.db, request.workspaceId, request.message.channel),
      // Decided by an earlier try of the batch (one transaction wrote every row): only its open requests are left.
      findMessagesByKeys(
        deps.db,
        request.recipients.map((recipient) => recipient.idempotencyKey),
      ),
      findMessagingSettings(deps.db, request.workspaceId),
    ]);
    const send = resolved.ok ? resolved.adapter.multicast : undefined;
    // A reply window is decided per customer from their last message in (deliver.ts): each step decides it.
    if (send === undefined || replyWindowApplies(request.message))
      return { requests: 0, delivered: 0, available: false };
    const sender: Sender = {
      db: deps.db,
      multicast: send,
      message: request.message,
      budget: deps.retryBudget ?? DEFAULT_DELIVERY_RETRY_BUDGET,
      pace: deps.pace,
    };
    const pending = [...openRequests(earlier.length > 0 ? earlier : await decide(deps.db, request, stored))];
    const delivered = await inFlight(
      pending.map(([bulkKey, rows]) =>
        earlier.length > 0 ? () => reopen(sender, bulkKey, rows) : () => sendRequest(sender, bulkKey, rows),
      ),
    );
    return { requests: pending.length, delivered, available: true };
  };
}

export type Multicast = ReturnType<typeof createMulticast>;
