import { createHmac, timingSafeEqual } from 'node:crypto';

/** The key tracking links are signed with: derived apart from the unsubscribe key, from the same secret. */
export function trackingLinkKey(secretKey: Buffer): Buffer {
  return createHmac('sha256', secretKey).update('wayfarer tracking links').digest();
}

/** The sent message an open or click belongs to. */
export interface TrackedMessage {
  workspaceId: string;
  customerId: string;
  messageId: string;
}

/** A verified click: the message and where the link goes. */
export interface TrackedClick extends TrackedMessage {
  url: string;
}

export const openPath = '/v1/t/o';
export const clickPath = '/v1/t/c';

// JSON of the fields, so no value can shift into its neighbour (a separator inside an id or URL).
function signature(key: Buffer, kind: 'open' | 'click', fields: readonly string[]): string {
  return createHmac('sha256', key)
    .update(JSON.stringify([kind, ...fields]))
    .digest('base64url');
}

function signedUrl(baseUrl: string, path: string, params: Record<string, string>, sig: string): string {
  const url = new URL(path, baseUrl);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  url.searchParams.set('s', sig);
  return url.toString();
}

/** The signed URL of a message's 1×1 open pixel. */
export function openPixelUrl(baseUrl: string, key: Buffer, message: TrackedMessage): string {
  const { workspaceId: w, customerId: c, messageId: m } = message;
  return signedUrl(baseUrl, openPath, { w, c, m }, signature(key, 'open', [w, c, m]));
}

/** The signed redirect URL of a link in a message; the signature binds the target, so it cannot be swapped. */
export function clickUrl(baseUrl: string, key: Buffer, click: TrackedClick): string {
  const { workspaceId: w, customerId: c, messageId: m, url: u } = click;
  return signedUrl(baseUrl, clickPath, { w, c, m, u }, signature(key, 'click', [w, c, m, u]));
}

function signatureMatches(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

function messageOf(url: URL): TrackedMessage | undefined {
  const workspaceId = url.searchParams.get('w');
  const customerId = url.searchParams.get('c');
  const messageId = url.searchParams.get('m');
  if (!workspaceId || !customerId || !messageId) return undefined;
  return { workspaceId, customerId, messageId };
}

/** The message of an open pixel URL, if its signature is right. */
export function verifyOpenUrl(key: Buffer, url: URL): TrackedMessage | undefined {
  const message = messageOf(url);
  const given = url.searchParams.get('s');
  if (!message || !given) return undefined;
  const expected = signature(key, 'open', [message.workspaceId, message.customerId, message.messageId]);
  return signatureMatches(expected, given) ? message : undefined;
}

/** The message and target of a click URL, if its signature is right and the target is http(s). */
export function verifyClickUrl(key: Buffer, url: URL): TrackedClick | undefined {
  const message = messageOf(url);
  const target = url.searchParams.get('u');
  const given = url.searchParams.get('s');
  if (!message || !target || !given || !isHttpUrl(target)) return undefined;
  const expected = signature(key, 'click', [message.workspaceId, message.customerId, message.messageId, target]);
  return signatureMatches(expected, given) ? { ...message, url: target } : undefined;
}

function isHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}
