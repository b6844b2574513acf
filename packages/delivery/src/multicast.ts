// A broadcast's first send delivered in bulk (LINE multicast): one rendered message, the sending
// policy decided per customer, a message row per recipient written under the journey step's own
// idempotency key, then one provider request per 500 recipients under a retry key of its own.
// When the journey's step runs for these customers it finds their row settled and sends nothing.
import { channelSpec, MULTICAST_LIMIT, type ChannelAdapter, type RenderedMessage } from '@wayfarer/channels';
import {
  findMessagesByKeys,
  findMessagingSettings,
  insertBulkMessages,
  lockCustomersChannel,
  readBulkPolicyFacts,
  settleBulkMessages,
  type Db,
  type Message,
  type NewMessage,
} from '@wayfarer/db';
import type { DeliveryDeps } from './deliver';
import { retryableDeliveryFailure } from './delivery-failure';
import { messageText } from './channel-message';
import { decidePolicy } from './policy';
import { quietHoursDelay } from './quiet-hours';
import { capFor, readMessagingSettings } from './settings';
import { createStepResolver } from './step-resolver';

const HOUR_MS = 3_600_000;
/** Bulk requests in flight at once for one batch. */
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
 * policy lets through now get a `sending` row naming their request. Everyone else gets nothing
 * here, and their step decides (and records why) as for any customer. A repeated call finds the
 * rows and decides nothing again.
 */
async function decideOnce(db: Db, request: MulticastRequest): Promise<void> {
  const keys = request.recipients.map((recipient) => recipient.idempotencyKey);
  if ((await findMessagesByKeys(db, keys)).length > 0) return;
  const channel = request.message.channel;
  const templateKey = `${request.journeyId}:${request.stepId}`;
  await db.transaction().execute(async (trx) => {
    const customerIds = request.recipients.map((recipient) => recipient.customerId);
    await lockCustomersChannel(trx, customerIds, channel);
    const settings = readMessagingSettings(await findMessagingSettings(trx, request.workspaceId));
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
    const text = messageText(request.message);
    const rows: NewMessage[] = [];
    for (const recipient of request.recipients) {
      const row = byCustomer.get(recipient.customerId);
      if (row === undefined) continue;
      const decision = decidePolicy({
        consent: row.consent,
        hasAddress: row.address !== undefined,
        sentInWindow: row.sentInWindow,
        cap,
        templateSentRecently: row.templateSentRecently,
        quietDelayMs: quietHoursDelay(request.now.getTime(), row.timezone, settings.quietHours),
      });
      if (decision.kind !== 'send') continue;
      rows.push({
        workspaceId: request.workspaceId,
        customerId: recipient.customerId,
        journeyId: request.journeyId,
        enrollmentId: recipient.enrollmentId,
        stepId: request.stepId,
        channel,
        name: request.name,
        ...text,
        status: 'sending',
        idempotencyKey: recipient.idempotencyKey,
        address: row.address ?? null,
        locale: request.locale,
        templateKey,
        attempts: 1,
        bulkKey: `${request.bulkKey}:${Math.floor(rows.length / MULTICAST_LIMIT)}`,
      });
    }
    await insertBulkMessages(trx, rows);
  });
}

/** The rows still waiting for their request, by request. */
function openRequests(rows: readonly Message[]): Map<string, Message[]> {
  const requests = new Map<string, Message[]>();
  for (const row of rows) {
    if (row.bulkKey === null || (row.status !== 'sending' && row.status !== 'retrying')) continue;
    requests.set(row.bulkKey, [...(requests.get(row.bulkKey) ?? []), row]);
  }
  return requests;
}

async function sendRequest(
  db: Db,
  multicast: Multicaster,
  message: RenderedMessage,
  bulkKey: string,
  rows: readonly Message[],
): Promise<number> {
  const to = rows.map((row) => row.address ?? '');
  const result = await multicast(message, to, { idempotencyKey: bulkKey });
  if (result.status === 'sent') {
    await settleBulkMessages(db, bulkKey, { status: 'sent', providerMessageId: result.providerMessageId });
    return to.length;
  }
  await settleBulkMessages(db, bulkKey, {
    status: result.retryable ? 'retrying' : 'failed',
    reason: result.code,
    detail: result.detail,
  });
  // Retried with the batch, under the same key: LINE answers 409 if it had taken the request.
  if (result.retryable) throw retryableDeliveryFailure(result);
  return 0;
}

/**
 * Delivers a broadcast batch's first send in bulk, at most once per recipient: see the file's
 * head. Throws a retryable failure when the provider fails for now (the batch is retried, nobody
 * enters before their row is settled, so no step can send it a second time).
 */
export function createMulticast(deps: Pick<DeliveryDeps, 'db' | 'box' | 'policy'>) {
  const resolve = createStepResolver(deps.box, deps.policy);
  return async function multicast(request: MulticastRequest): Promise<MulticastResult> {
    const resolved = await resolve(deps.db, request.workspaceId, request.message.channel);
    const send = resolved.ok ? resolved.adapter.multicast : undefined;
    if (send === undefined) return { requests: 0, delivered: 0, available: false };
    await decideOnce(deps.db, request);
    const rows = await findMessagesByKeys(
      deps.db,
      request.recipients.map((recipient) => recipient.idempotencyKey),
    );
    const pending = [...openRequests(rows)];
    let delivered = 0;
    for (let from = 0; from < pending.length; from += REQUESTS_IN_FLIGHT) {
      const sent = await Promise.all(
        pending
          .slice(from, from + REQUESTS_IN_FLIGHT)
          .map(([bulkKey, group]) => sendRequest(deps.db, send, request.message, bulkKey, group)),
      );
      delivered += sent.reduce((sum, count) => sum + count, 0);
    }
    return { requests: pending.length, delivered, available: true };
  };
}

export type Multicast = ReturnType<typeof createMulticast>;
