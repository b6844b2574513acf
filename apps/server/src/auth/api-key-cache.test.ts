import { describe, expect, it } from 'vitest';
import { apiKeyCache, type KeyPrincipal } from './api-key-cache';

const principal: KeyPrincipal = { workspaceId: 'w-1', keyId: 'k-1', scope: 'ingest' };

/** A key table whose answers the test controls, counting the lookups that reach it. */
function keyTable() {
  const live = new Map<string, KeyPrincipal>([['wf_live', principal]]);
  const table = {
    live,
    lookups: 0,
    gate: undefined as Promise<void> | undefined,
    async lookup(key: string) {
      table.lookups += 1;
      const answer = live.get(key);
      await table.gate;
      return answer;
    },
  };
  return table;
}

describe('apiKeyCache', () => {
  it('asks once for concurrent and repeated lookups of a live key within its lifetime', async () => {
    const table = keyTable();
    let now = 1_000;
    const cache = apiKeyCache((key) => table.lookup(key), { ttlMs: 5_000, now: () => now });
    const answers = await Promise.all([cache.lookup('wf_live'), cache.lookup('wf_live'), cache.lookup('wf_live')]);
    expect(answers).toEqual([principal, principal, principal]);
    now += 4_999;
    expect(await cache.lookup('wf_live')).toEqual(principal);
    expect(table.lookups).toBe(1);
  });

  it('sees a revocation made elsewhere once the lifetime has passed since the lookup began', async () => {
    const table = keyTable();
    let now = 1_000;
    const cache = apiKeyCache((key) => table.lookup(key), { ttlMs: 5_000, now: () => now });
    let release = () => undefined as void;
    table.gate = new Promise((resolve) => (release = resolve));
    const first = cache.lookup('wf_live');
    now += 3_000;
    release();
    expect(await first).toEqual(principal);
    table.live.delete('wf_live');
    now += 1_999;
    expect(await cache.lookup('wf_live')).toEqual(principal);
    now += 1;
    expect(await cache.lookup('wf_live')).toBeUndefined();
  });

  it('never remembers an unknown key: one created later works at once', async () => {
    const table = keyTable();
    const cache = apiKeyCache((key) => table.lookup(key));
    expect(await cache.lookup('wf_new')).toBeUndefined();
    table.live.set('wf_new', { ...principal, keyId: 'k-2' });
    expect(await cache.lookup('wf_new')).toMatchObject({ keyId: 'k-2' });
    expect(table.lookups).toBe(2);
  });

  it('forgets every key at once, also one whose lookup was in flight', async () => {
    const table = keyTable();
    const cache = apiKeyCache((key) => table.lookup(key));
    let release = () => undefined as void;
    table.gate = new Promise((resolve) => (release = resolve));
    const inFlight = cache.lookup('wf_live');
    table.live.delete('wf_live');
    cache.forget();
    table.gate = undefined;
    release();
    expect(await inFlight).toEqual(principal);
    expect(await cache.lookup('wf_live')).toBeUndefined();
  });

  it('does not keep a failed lookup', async () => {
    let fail = true;
    const cache = apiKeyCache(async () => {
      if (fail) throw new Error('database unreachable');
      return principal;
    });
    await expect(cache.lookup('wf_live')).rejects.toThrow('database unreachable');
    fail = false;
    expect(await cache.lookup('wf_live')).toEqual(principal);
  });
});
