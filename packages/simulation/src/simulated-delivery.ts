// A test run's delivery: the workspace's sending policy decided as the worker decides it (consent,
// address, smart sending, frequency cap, quiet hours, a connected channel), on the simulated clock
// and the simulated customer, with the messages of this run counted. Nothing is sent or written.
import type { RenderedMessage } from '@wayfarer/channels/spec';
import {
  countRecentMessages,
  findChannelConsent,
  findChannelCredentials,
  findMessagingSettings,
  listCustomerIdentities,
  sentTemplateSince,
  type Db,
} from '@wayfarer/db';
import {
  addressFor,
  capFor,
  decidePolicy,
  quietHoursDelay,
  readMessagingSettings,
  replyWindowClosed,
  type PolicyDecision,
} from '@wayfarer/delivery';
import type { DeliveryRequest } from '@wayfarer/nodes/runtime';
import type { SimulationRun } from './simulation-run';

const HOUR_MS = 3_600_000;

/** A made-up customer has no stored row: they are reachable and never asked about consent. */
const isSample = (run: SimulationRun) => run.customer.id.startsWith('simulation:');

async function storedFacts(db: Db, run: SimulationRun, message: RenderedMessage) {
  if (isSample(run)) return { consent: undefined, hasAddress: true, outsideWindow: false };
  const { channel } = message;
  const [consent, identities, outsideWindow] = await Promise.all([
    findChannelConsent(db, run.customer.id, channel),
    listCustomerIdentities(db, run.customer.id),
    replyWindowClosed(db, run.customer.id, message, Date.now()),
  ]);
  return { consent: consent?.status, hasAddress: addressFor(channel, identities) !== undefined, outsideWindow };
}

/** Messages to this customer within `hours` before `now`: stored ones (a real customer) and this run's. */
async function sentWithin(
  db: Db,
  run: SimulationRun,
  match: { channel?: string; templateKey?: string },
  hours: number,
  now: number,
): Promise<number> {
  const since = now - hours * HOUR_MS;
  const inRun = run.sent.filter(
    (sent) =>
      sent.at >= since &&
      (match.channel === undefined || sent.channel === match.channel) &&
      (match.templateKey === undefined || sent.templateKey === match.templateKey),
  ).length;
  if (isSample(run)) return inRun;
  const storedSince = new Date(Date.now() - hours * HOUR_MS);
  const stored =
    match.templateKey === undefined
      ? await countRecentMessages(db, { customerId: run.customer.id, channel: match.channel ?? '', since: storedSince })
      : Number(
          await sentTemplateSince(db, {
            customerId: run.customer.id,
            templateKey: match.templateKey,
            since: storedSince,
          }),
        );
  return inRun + stored;
}

/**
 * What the worker would do with this message now: send, skip (and why) or wait for the end of the
 * quiet hours. A channel the workspace has not connected skips the message, as it does for real.
 */
export async function simulatedDecision(
  db: Db,
  run: SimulationRun,
  request: DeliveryRequest,
  templateKey: string,
): Promise<PolicyDecision | { kind: 'skip'; reason: 'channel_not_connected' }> {
  const channel = request.message.channel;
  const connected = await findChannelCredentials(db, run.workspaceId, channel);
  if (run.sendingRules === 'ignore')
    return connected ? { kind: 'send' } : { kind: 'skip', reason: 'channel_not_connected' };
  const settings = readMessagingSettings(await findMessagingSettings(db, run.workspaceId));
  const cap = capFor(settings, channel);
  const now = request.now.getTime();
  const { consent, hasAddress, outsideWindow } = await storedFacts(db, run, request.message);
  const decision = decidePolicy({
    consent,
    hasAddress,
    outsideWindow,
    cap,
    sentInWindow: cap === null ? 0 : await sentWithin(db, run, { channel }, cap.windowHours, now),
    templateSentRecently:
      request.smartSendingHours !== undefined &&
      (await sentWithin(db, run, { templateKey }, request.smartSendingHours, now)) > 0,
    quietDelayMs: quietHoursDelay(now, run.customer.timezone, settings.quietHours),
  });
  // As in the worker: the customer's own refusal comes first, then a channel that cannot send.
  if (decision.kind === 'skip' || connected) return decision;
  return { kind: 'skip', reason: 'channel_not_connected' };
}
