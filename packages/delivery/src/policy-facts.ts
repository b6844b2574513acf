import {
  countRecentMessages,
  findChannelConsent,
  findMessagingSettings,
  listCustomerIdentities,
  sentTemplateSince,
  type Db,
} from '@wayfarer/db';
import type { ProviderChannelName, RenderedMessage } from '@wayfarer/channels';
import { replyWindowClosed } from './reply-window';
import { addressFor } from './channel-message';
import type { PolicyFacts } from './policy';
import { quietHoursDelay } from './quiet-hours';
import { capFor, readMessagingSettings } from './settings';

const HOUR_MS = 3_600_000;

export interface FactsQuery {
  workspaceId: string;
  customerId: string;
  channel: ProviderChannelName;
  /** The message: whether it is exempt from the channel's reply window. */
  message: RenderedMessage;
  templateKey: string;
  smartSendingHours: number | undefined;
  /** The step's clock (workflow time): quiet hours are read on it. */
  now: Date;
}

/**
 * Gathers what the sending policy decides on. Windows (caps, smart sending) count back from the
 * database's clock, which wrote `created_at`; quiet hours use the step's clock.
 */
export async function gatherPolicyFacts(
  db: Db,
  query: FactsQuery,
): Promise<{ facts: PolicyFacts; address: string | null | undefined }> {
  const { customerId, channel } = query;
  const [consent, identities, stored, customer] = await Promise.all([
    findChannelConsent(db, customerId, channel),
    listCustomerIdentities(db, customerId),
    findMessagingSettings(db, query.workspaceId),
    db.selectFrom('customers').select('timezone').where('id', '=', customerId).executeTakeFirst(),
  ]);
  const settings = readMessagingSettings(stored);
  const cap = capFor(settings, channel);
  const clock = Date.now();
  const [sentInWindow, templateSentRecently, outsideWindow] = await Promise.all([
    cap === null
      ? Promise.resolve(0)
      : countRecentMessages(db, { customerId, channel, since: new Date(clock - cap.windowHours * HOUR_MS) }),
    query.smartSendingHours === undefined
      ? Promise.resolve(false)
      : sentTemplateSince(db, {
          customerId,
          templateKey: query.templateKey,
          since: new Date(clock - query.smartSendingHours * HOUR_MS),
        }),
    replyWindowClosed(db, customerId, query.message, clock),
  ]);
  const address = addressFor(channel, identities);
  const timeZone = customer?.timezone ?? 'UTC';
  return {
    address,
    facts: {
      consent: consent?.status,
      hasAddress: address !== undefined,
      outsideWindow,
      sentInWindow,
      cap,
      templateSentRecently,
      quietDelayMs: quietHoursDelay(query.now.getTime(), timeZone, settings.quietHours),
    },
  };
}
