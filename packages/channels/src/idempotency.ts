import { createHash } from 'node:crypto';

/**
 * A UUID derived from an idempotency key (name-based, RFC 9562 version 5 layout over SHA-1), for
 * providers that want their retry key as a UUID: the same key always gives the same UUID.
 */
export function uuidFromKey(key: string): string {
  const bytes = createHash('sha1').update('wayfarer:').update(key).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An RFC 5322 Message-ID derived from an idempotency key, so a resent email carries the same id. */
export function messageIdFromKey(key: string, domain: string): string {
  const digest = createHash('sha256').update(key).digest('hex').slice(0, 32);
  return `<wf.${digest}@${domain}>`;
}
