import type { GraphNode, JourneyGraph } from '@wayfarer/journey';
import type { AnyNodeTypeSpec, NodeRegistry } from '@wayfarer/nodes';

function upgradeNode(node: GraphNode, spec: AnyNodeTypeSpec | undefined): GraphNode {
  const from = node.data.typeVersion ?? spec?.version;
  if (!spec || from === undefined || from >= spec.version) return node;
  let config: unknown = node.data.config;
  for (let version = from; version < spec.version; version++) {
    const migrate = spec.migrations?.[version];
    if (migrate) config = migrate(config);
  }
  return { ...node, data: { ...node.data, config, typeVersion: spec.version } };
}

/**
 * Brings every node's config up to its type's current version when a draft is opened, so the form
 * edits the shape the node type has today (the compiler would migrate the same way).
 */
export function upgradeGraph(graph: JourneyGraph, registry: NodeRegistry): JourneyGraph {
  let changed = false;
  const nodes = graph.nodes.map((node) => {
    const next = upgradeNode(node, registry.get(node.type));
    if (next !== node) changed = true;
    return next;
  });
  return changed ? { ...graph, nodes } : graph;
}
