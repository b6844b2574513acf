import { LRUCache } from 'lru-cache';
import { cacheService, provideService, type CacheService, type ServiceProvider } from '@wayfarer/nodes/runtime';

export interface CacheProviderOptions {
  /** Entries kept at most, across workspaces (default 10,000); the least recently used go first. */
  maxEntries?: number;
}

// lru-cache wants objects; values are boxed so any value (a string, null) can be cached.
interface Entry {
  value: unknown;
}

/**
 * `cache` for one step: one LRU (lru-cache) for the provider's lifetime, every key prefixed by the
 * workspace so one workspace never reads another's entries. Concurrent loads of a key share one call.
 */
export function cacheProvider(options: CacheProviderOptions = {}): ServiceProvider {
  const entries = new LRUCache<string, Entry>({ max: options.maxEntries ?? 10_000, ttlAutopurge: false });
  const loading = new Map<string, Promise<unknown>>();
  return provideService(cacheService, ({ step }): CacheService => {
    const scoped = (key: string) => `${step.workspaceId}\u0000${key}`;
    const set = (key: string, value: unknown, ttlMs: number) =>
      void entries.set(scoped(key), { value }, { ttl: ttlMs });
    return {
      get: <TValue>(key: string) => entries.get(scoped(key))?.value as TValue | undefined,
      set,
      getOrLoad: async <TValue>(key: string, ttlMs: number, load: () => Promise<TValue>): Promise<TValue> => {
        const hit = entries.get(scoped(key));
        if (hit) return hit.value as TValue;
        const pending = loading.get(scoped(key));
        if (pending) return pending as Promise<TValue>;
        const loaded = load().then((value) => {
          set(key, value, ttlMs);
          return value;
        });
        loading.set(scoped(key), loaded);
        try {
          return await loaded;
        } finally {
          loading.delete(scoped(key));
        }
      },
    };
  });
}
