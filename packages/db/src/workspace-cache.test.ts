import { describe, expect, it } from 'vitest';
import type { Db } from './connect';
import { createWorkspaceCache } from './workspace-cache';

// The cache only uses the handle as a key; no query is run through it.
const handle = () => ({}) as Db;

function counter() {
  const calls = { count: 0 };
  const load = async () => {
    calls.count += 1;
    return calls.count;
  };
  return { calls, load };
}

describe('createWorkspaceCache', () => {
  it('reads once per workspace within the TTL, again after it', async () => {
    const cache = createWorkspaceCache<number>(1000);
    const db = handle();
    const { calls, load } = counter();
    expect(await cache.get(db, 'w', load, 0)).toBe(1);
    expect(await cache.get(db, 'w', load, 999)).toBe(1);
    expect(await cache.get(db, 'other', load, 1)).toBe(2);
    expect(await cache.get(db, 'w', load, 1000)).toBe(3);
    expect(calls.count).toBe(3);
  });

  it('reads again at once after an invalidation, also when a read was in flight during it', async () => {
    const cache = createWorkspaceCache<number>(1000);
    const db = handle();
    const { calls, load } = counter();
    const inFlight = cache.get(db, 'w', load, 0);
    cache.invalidate();
    await inFlight;
    expect(await cache.get(db, 'w', load, 1)).toBe(2);
    expect(await cache.get(db, 'w', load, 2)).toBe(2);
    expect(calls.count).toBe(2);
  });

  it('keeps database handles apart and does not cache a failed read', async () => {
    const cache = createWorkspaceCache<number>(1000);
    const { calls, load } = counter();
    await cache.get(handle(), 'w', load, 0);
    await cache.get(handle(), 'w', load, 0);
    expect(calls.count).toBe(2);
    const db = handle();
    await expect(cache.get(db, 'w', () => Promise.reject(new Error('connection lost')), 0)).rejects.toThrow(
      'connection lost',
    );
    expect(await cache.get(db, 'w', load, 1)).toBe(3);
  });
});
