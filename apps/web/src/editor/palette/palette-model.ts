import type { AnyNodeTypeSpec, Locale, NodeCategory } from '@wayfarer/nodes';

/** Palette sections, in the order a journey is built. */
export const categoryOrder: readonly NodeCategory[] = ['triggers', 'actions', 'flow', 'rewards', 'custom'];

export interface PaletteGroup {
  category: NodeCategory;
  items: readonly AnyNodeTypeSpec[];
}

function haystack(spec: AnyNodeTypeSpec, locale: Locale): string {
  return [...Object.values(spec.title), spec.description[locale], spec.type].join(' ').toLowerCase();
}

/**
 * Node types grouped by category, filtered by a search: every word of the query must appear in
 * a title (any UI language, so "wait" finds 等待), the description or the type id.
 */
export function paletteGroups(
  specs: readonly AnyNodeTypeSpec[],
  query: string,
  locale: Locale,
  include: (spec: AnyNodeTypeSpec) => boolean = () => true,
): PaletteGroup[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
  const matches = specs.filter((spec) => include(spec) && words.every((word) => haystack(spec, locale).includes(word)));
  return categoryOrder
    .map((category) => ({ category, items: matches.filter((spec) => spec.category === category) }))
    .filter((group) => group.items.length > 0);
}

/** The first type the search would offer (what Enter in the search box adds). */
export function firstMatch(groups: readonly PaletteGroup[]): AnyNodeTypeSpec | undefined {
  return groups[0]?.items[0];
}
