import { groupByCategory, type AnyNodeTypeSpec, type CategoryGroup, type Locale } from '@wayfarer/nodes';

/** A palette section: the node types of one category, in the order `nodeTypes.list` gives them. */
export type PaletteGroup = CategoryGroup<AnyNodeTypeSpec>;

function haystack(spec: AnyNodeTypeSpec, locale: Locale): string {
  return [...Object.values(spec.title), spec.description[locale], spec.type].join(' ').toLowerCase();
}

/**
 * Node types grouped by category as the node type listing orders them, filtered by a search: every word of the query must appear in
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
  return groupByCategory(matches);
}

/** The first type the search would offer (what Enter in the search box adds). */
export function firstMatch(groups: readonly PaletteGroup[]): AnyNodeTypeSpec | undefined {
  return groups[0]?.items[0];
}
