import type { Db } from './connect';
import { getJourneyVersion } from './repositories/journeys.repository';

/** Loads a journey version's IR by id, parsed once per process. */
export type VersionLoader<T> = (versionId: string) => Promise<T>;

/**
 * Versions are immutable, so a loaded IR is good forever; `capacity` only bounds memory (oldest
 * evicted first). `parse` turns the stored JSON into the caller's IR type (the db knows no IR).
 */
export function createVersionCache<T>(db: Db, parse: (ir: unknown) => T, capacity = 1_000): VersionLoader<T> {
  const cache = new Map<string, T>();
  return async (versionId) => {
    const cached = cache.get(versionId);
    if (cached !== undefined) return cached;
    const parsed = parse((await getJourneyVersion(db, versionId)).ir);
    const oldest = cache.keys().next();
    if (cache.size >= capacity && !oldest.done) cache.delete(oldest.value);
    cache.set(versionId, parsed);
    return parsed;
  };
}
