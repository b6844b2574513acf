// Per-process caches of small per-workspace answers that every ingested event needs and that
// change only when someone edits the workspace's setup (which journeys are live, whether it has
// segments). Freshness:
// - a write in this process calls `invalidate()` after it commits, so "publish, then send an event"
//   in one process always sees the change;
// - a write in another process (the server and the worker are separate) is seen within the TTL.
import type { Db } from './connect';

/** How long another process's change may go unseen by the ingest path's caches. */
export const WORKSPACE_CACHE_TTL_MS = 1000;

export interface WorkspaceCache<T> {
  /** `load()`'s answer for the workspace, read again once stale or invalidated. */
  get(db: Db, workspaceId: string, load: () => Promise<T>, now?: number): Promise<T>;
  /** Forgets every cached answer (for all workspaces: the writes are rare). */
  invalidate(): void;
}

interface Entry<T> {
  epoch: number;
  at: number;
  value: Promise<T>;
}

export function createWorkspaceCache<T>(ttlMs: number = WORKSPACE_CACHE_TTL_MS): WorkspaceCache<T> {
  // Bumped by invalidate(); an entry read under an older epoch is stale, also one whose read was
  // in flight during the write.
  let epoch = 0;
  // Per database handle: tests open several databases in one process.
  const caches = new WeakMap<Db, Map<string, Entry<T>>>();
  return {
    get(db, workspaceId, load, now = Date.now()) {
      let cache = caches.get(db);
      if (cache === undefined) {
        cache = new Map();
        caches.set(db, cache);
      }
      const entry = cache.get(workspaceId);
      if (entry !== undefined && entry.epoch === epoch && now - entry.at < ttlMs) return entry.value;
      const fresh: Entry<T> = { epoch, at: now, value: load() };
      const owner = cache;
      owner.set(workspaceId, fresh);
      // A failed read is not cached.
      fresh.value.catch(() => {
        if (owner.get(workspaceId) === fresh) owner.delete(workspaceId);
      });
      return fresh.value;
    },
    invalidate() {
      epoch += 1;
    },
  };
}
