import { journeyIRSchema, type JourneyIR } from '@wayfarer/journey';
import { getJourneyVersion, type Db } from '@wayfarer/db';

/** Versions are immutable, so a loaded IR is good forever; the cap only bounds memory. */
export function createVersionCache(db: Db, capacity = 500): (versionId: string) => Promise<JourneyIR> {
  const cache = new Map<string, JourneyIR>();
  return async (versionId) => {
    const cached = cache.get(versionId);
    if (cached) return cached;
    const version = await getJourneyVersion(db, versionId);
    const ir = journeyIRSchema.parse(version.ir);
    if (cache.size >= capacity) cache.delete(cache.keys().next().value ?? '');
    cache.set(versionId, ir);
    return ir;
  };
}
