import { channelSpec, type RenderedMessage } from '@wayfarer/channels';
import { lastEventAt, type Db } from '@wayfarer/db';

const HOUR_MS = 3_600_000;

/**
 * Whether the channel's reply window (its definition's `policy.replyWindow`) is closed for this
 * message at `clock` (ms): the customer's last inbound event on the channel is older than the
 * window, or there is none, and the message is not exempt (a Messenger tag, a WeChat template).
 */
/** Whether the channel's reply window applies to this message at all (it has one; the message is not exempt). */
export function replyWindowApplies(message: RenderedMessage): boolean {
  const window = channelSpec(message.channel).policy.replyWindow;
  return window !== undefined && window.exempt?.(message) !== true;
}

export async function replyWindowClosed(
  db: Db,
  customerId: string,
  message: RenderedMessage,
  clock: number,
): Promise<boolean> {
  const window = channelSpec(message.channel).policy.replyWindow;
  if (window === undefined || window.exempt?.(message) === true) return false;
  const last = await lastEventAt(db, customerId, window.inbound);
  return last === undefined || clock - last.getTime() > window.hours * HOUR_MS;
}
