// Secrets never reach the audit log or the logs. A value is redacted when its key names a secret
// (password, token, secret, API key, credentials…) or is a secret field of a channel config schema,
// and any string shaped like one of our API keys is redacted wherever it appears.
import { secretFields } from '@wayfarer/channels';

export const REDACTED = '[redacted]';

const secretKeyPattern =
  /pass(word|wd|phrase)?$|secret|token|api[-_]?key|keyhash|authorization|cookie|credential|private[-_]?key|sealed/i;

// Leaf names of the channel configs' secret fields (`auth.pass` → `pass`): the schema's own list.
const schemaSecretKeys = new Set(
  Object.values(secretFields).flatMap((paths: readonly string[]) =>
    paths.map((path) => path.split('.').at(-1) ?? path),
  ),
);

const apiKeyShape = /\bwf_[A-Za-z0-9_-]{20,}/g;

/** True when a value under this key is a secret. */
export function isSecretKey(key: string): boolean {
  return schemaSecretKeys.has(key) || secretKeyPattern.test(key);
}

/** A deep copy of `value` with secrets replaced by `[redacted]`; dates become ISO strings. */
export function redactSecrets(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(apiKeyShape, REDACTED);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, isSecretKey(key) ? REDACTED : redactSecrets(inner)]),
    );
  }
  return value;
}

const maxArrayItems = 50;
const maxStringLength = 2_000;

/** Bounds what one entry stores: long arrays keep their first items and a count, long strings a prefix. */
export function compactForAudit(value: unknown): unknown {
  if (typeof value === 'string') {
    return value.length <= maxStringLength ? value : `${value.slice(0, maxStringLength)}… (${value.length} chars)`;
  }
  if (Array.isArray(value)) {
    const kept = value.slice(0, maxArrayItems).map(compactForAudit);
    return value.length <= maxArrayItems ? kept : [...kept, `… ${value.length - maxArrayItems} more`];
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, compactForAudit(inner)]));
  }
  return value;
}
