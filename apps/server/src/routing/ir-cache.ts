import { journeyIRSchema, type JourneyIR } from '@wayfarer/journey';

/** Parsed IRs by journey version id. Versions are immutable, so an entry never goes stale. */
export interface IrCache {
  /** The IR of `versionId`; `stored` (the jsonb column) is parsed only the first time. */
  resolve(versionId: string, stored: unknown): JourneyIR;
}

/** A cache bounded to `capacity` entries (oldest evicted first). */
export function createIrCache(capacity = 1_000): IrCache {
  const entries = new Map<string, JourneyIR>();
  return {
    resolve(versionId, stored) {
      const cached = entries.get(versionId);
      if (cached) return cached;
      const ir = journeyIRSchema.parse(stored);
      const oldest = entries.keys().next();
      if (entries.size >= capacity && !oldest.done) entries.delete(oldest.value);
      entries.set(versionId, ir);
      return ir;
    },
  };
}
