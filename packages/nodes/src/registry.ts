import type { AnyEventRule, EventRuleLookup, NodeTypeLookup } from '@wayfarer/journey';
import type { AnyNodeTypeSpec, NodeCategory } from './define';
import { NodeRegistryError } from './errors';

/** The node types one deployment knows, keyed by type id. */
export interface NodeRegistry extends NodeTypeLookup, EventRuleLookup {
  get(type: string): AnyNodeTypeSpec | undefined;
  /** The event rules packages add (see event-rules.ts), by id. */
  eventRule(id: string): AnyEventRule | undefined;
  list(): readonly AnyNodeTypeSpec[];
  byCategory(category: NodeCategory): readonly AnyNodeTypeSpec[];
  /** The npm package a type comes from, when the registry was told (see `createNodeRegistry`). */
  packageOf(type: string): string | undefined;
}

/**
 * Builds a registry from an explicit list; a type id or rule id given twice is an error.
 * `packageOf` names the package of each type id, for the API's list of node types.
 */
export function createNodeRegistry(
  specs: readonly AnyNodeTypeSpec[],
  packageOf: ReadonlyMap<string, string> = new Map(),
  eventRules: readonly AnyEventRule[] = [],
): NodeRegistry {
  const rules = new Map<string, AnyEventRule>();
  for (const rule of eventRules) {
    if (rules.has(rule.id)) {
      throw new NodeRegistryError('duplicate_event_rule', `Event rule "${rule.id}" is registered twice.`);
    }
    rules.set(rule.id, rule);
  }
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
    packageOf: (type) => (byType.has(type) ? packageOf.get(type) : undefined),
    eventRule: (id) => rules.get(id),
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
