// The ingest API's key lookups, remembered briefly: under load every request asked Postgres for
// the same key before anything else could run (bench: ingest). A revocation is seen at once by the
// process that made it (`forget`) and by every other server process within KEY_CACHE_MS, because
// an entry lives that long from the moment its lookup began. Only live keys are remembered: a
// made-up key costs a lookup each time and no memory.
import { createHash } from 'node:crypto';
import { authenticateApiKey, type ApiKeyScope, type Db } from '@wayfarer/db';

/** How long a key looked up stays trusted without asking Postgres again. */
export const KEY_CACHE_MS = 5_000;

/** Keys remembered at most; the oldest is dropped first. */
const MAX_KEYS = 10_000;

export interface KeyPrincipal {
  workspaceId: string;
  keyId: string;
  scope: ApiKeyScope;
}

export type KeyLookup = (key: string) => Promise<KeyPrincipal | undefined>;

export interface ApiKeyCache {
  /** The key's principal: remembered, or looked up (concurrent lookups of one key share one query). */
  lookup: KeyLookup;
  /** Drops every remembered key, also those being looked up now (a key was revoked or rotated). */
  forget(): void;
}

interface Entry {
  principal: Promise<KeyPrincipal | undefined>;
  expiresAt: number;
}

// Keys are held by their hash, not in clear, like the table does.
const digest = (key: string) => createHash('sha256').update(key).digest('base64url');

export function apiKeyCache(lookup: KeyLookup, options: { ttlMs?: number; now?: () => number } = {}): ApiKeyCache {
  const ttlMs = options.ttlMs ?? KEY_CACHE_MS;
  const now = options.now ?? Date.now;
  let entries = new Map<string, Entry>();
  return {
    lookup(key) {
      const id = digest(key);
      const known = entries.get(id);
      if (known !== undefined && known.expiresAt > now()) return known.principal;
      // `forget` swaps the map, so a lookup that began before it never lands in the new one.
      const owner = entries;
      const entry: Entry = { principal: lookup(key), expiresAt: now() + ttlMs };
      owner.delete(id);
      owner.set(id, entry);
      if (owner.size > MAX_KEYS) owner.delete(owner.keys().next().value ?? id);
      const drop = () => {
        if (owner.get(id) === entry) owner.delete(id);
      };
      entry.principal.then((principal) => {
        if (principal === undefined) drop();
      }, drop);
      return entry.principal;
    },
    forget() {
      entries = new Map();
    },
  };
}

/** The cache in front of Postgres's `api_keys`. */
export function cachedApiKeys(db: Db): ApiKeyCache {
  return apiKeyCache((key) => authenticateApiKey(db, key));
}
