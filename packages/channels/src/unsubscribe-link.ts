import { createHmac, timingSafeEqual } from 'node:crypto';
import { consentChannelNames, type ProviderChannelName } from './channel-registry';

/** The key links are signed with, derived from the secret key so one secret configures both. */
export function unsubscribeLinkKey(secretKey: Buffer): Buffer {
  return createHmac('sha256', secretKey).update('wayfarer unsubscribe links').digest();
}

/** Who a one-click unsubscribe link is for. */
export interface UnsubscribeTarget {
  workspaceId: string;
  customerId: string;
  /** A channel customers can leave (the link is put in that channel's messages). */
  channel: ProviderChannelName;
}

function signature(key: Buffer, target: UnsubscribeTarget): string {
  const text = `${target.workspaceId}:${target.customerId}:${target.channel}`;
  return createHmac('sha256', key).update(`unsubscribe:${text}`).digest('base64url');
}

/**
 * The signed one-click unsubscribe URL put in an email's List-Unsubscribe header (RFC 8058). The
 * signature binds workspace, customer and channel, so a link cannot be edited to unsubscribe
 * someone else; apps/server serves the path (`POST` one-click, `GET` confirmation).
 */
export function unsubscribeUrl(baseUrl: string, key: Buffer, target: UnsubscribeTarget): string {
  const url = new URL('/v1/unsubscribe', baseUrl);
  url.searchParams.set('w', target.workspaceId);
  url.searchParams.set('c', target.customerId);
  url.searchParams.set('ch', target.channel);
  url.searchParams.set('s', signature(key, target));
  return url.toString();
}

/** The target of a link, if its signature is right. */
export function verifyUnsubscribeUrl(key: Buffer, url: URL): UnsubscribeTarget | undefined {
  const workspaceId = url.searchParams.get('w');
  const customerId = url.searchParams.get('c');
  const given = url.searchParams.get('s');
  const channel = consentChannelNames.find((name) => name === url.searchParams.get('ch'));
  if (!workspaceId || !customerId || !given || channel === undefined) return undefined;
  const target: UnsubscribeTarget = { workspaceId, customerId, channel };
  const expected = Buffer.from(signature(key, target));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? target : undefined;
}
