import type { NodeTypeLookup } from '@wayfarer/journey';
import type { AnyNodeTypeSpec, NodeCategory } from './define';
import { NodeRegistryError } from './errors';

/** The node types one deployment knows, keyed by type id. */
export interface NodeRegistry extends NodeTypeLookup {
  get(type: string): AnyNodeTypeSpec | undefined;
  list(): readonly AnyNodeTypeSpec[];
  byCategory(category: NodeCategory): readonly AnyNodeTypeSpec[];
}

/** Builds a registry from an explicit list; a type id given twice is an error. */
export function createNodeRegistry(specs: readonly AnyNodeTypeSpec[]): NodeRegistry {
  const byType = new Map<string, AnyNodeTypeSpec>();
  for (const spec of specs) {
    if (byType.has(spec.type)) {
      throw new NodeRegistryError('duplicate_node_type', `Node type "${spec.type}" is registered twice.`);
    }
    byType.set(spec.type, spec);
  }
  const all = [...byType.values()];
  return {
    get: (type) => byType.get(type),
    list: () => all,
    byCategory: (category) => all.filter((spec) => spec.category === category),
  };
}

/** Pairs every spec with exactly one facet of a kind; names what is missing or extra. */
export function indexFacets<TFacet extends { type: string }>(
  registry: NodeRegistry,
  facets: readonly TFacet[],
  facetName: string,
  needsFacet: (spec: AnyNodeTypeSpec) => boolean,
): Map<string, TFacet> {
  const byType = new Map<string, TFacet>();
  for (const facet of facets) {
    if (!registry.get(facet.type)) {
      throw new NodeRegistryError(
        'facet_without_spec',
        `The ${facetName} facet for "${facet.type}" has no registered node type.`,
      );
    }
    byType.set(facet.type, facet);
  }
  const missing = registry.list().filter((spec) => needsFacet(spec) && !byType.has(spec.type));
  if (missing.length > 0) {
    const names = missing.map((spec) => spec.type).join(', ');
    throw new NodeRegistryError('missing_facet', `No ${facetName} facet for: ${names}.`);
  }
  return byType;
}
