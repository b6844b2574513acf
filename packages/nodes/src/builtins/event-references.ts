import type { AssetReference, Comparison } from '@wayfarer/journey';
import { propertyAsset } from '@wayfarer/events';

/**
 * Workspace assets a filter on an event names: `tier_changed` where `to = vip` needs the tier
 * `vip`; `segment_entered` where `segmentId = …` needs that segment (see the event catalogue).
 */
export function eventFilterReferences(event: string, where: readonly Comparison[], path: string): AssetReference[] {
  return where.flatMap((comparison, index) => {
    const kind = propertyAsset(event, comparison.path);
    if (kind === undefined) return [];
    const at = `${path}.${index}.value`;
    const { value } = comparison;
    if (typeof value === 'string') return comparison.op === 'eq' ? [{ kind, ref: value, path: at }] : [];
    if (Array.isArray(value) && comparison.op === 'in') {
      return value.flatMap((item, position) =>
        typeof item === 'string' ? [{ kind, ref: item, path: `${at}.${position}` }] : [],
      );
    }
    return [];
  });
}
