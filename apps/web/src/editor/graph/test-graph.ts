// Builders shared by the graph operation tests.
import { journeyGraphSchema, type GraphEdge, type GraphNode, type JourneyGraph } from '@wayfarer/journey';
import { builtinNodeTypes, createNodeRegistry } from '@wayfarer/nodes';
import { createNodeCatalog } from './catalog';

export const testCatalog = createNodeCatalog(createNodeRegistry(builtinNodeTypes));

export function node(id: string, type: string, config: unknown = {}, position = { x: 0, y: 0 }): GraphNode {
  return { id, type, position, data: { config } };
}

export function edge(
  source: string,
  sourceHandle: string,
  target: string,
  id = `e-${source}-${sourceHandle}`,
): GraphEdge {
  return { id, source, sourceHandle, target };
}

export function graphOf(nodes: GraphNode[], edges: GraphEdge[] = []): JourneyGraph {
  return journeyGraphSchema.parse({ nodes, edges });
}

export const waitConfig = { mode: 'duration', duration: { amount: 1, unit: 'days' } };
export const branchConfig = { conditions: [{ subject: 'tag', op: 'has', tag: 'vip' }] };

/** trigger → wait → end, 320 px apart. */
export function chain(): JourneyGraph {
  return graphOf(
    [
      node('t', 'core.trigger.api', {}, { x: 0, y: 0 }),
      node('w', 'core.wait', waitConfig, { x: 320, y: 0 }),
      node('end', 'core.end', {}, { x: 640, y: 0 }),
    ],
    [edge('t', 'out', 'w'), edge('w', 'out', 'end')],
  );
}

/** Edges as `source:port>target` strings, for compact assertions. */
export function wiring(graph: JourneyGraph): string[] {
  return graph.edges.map((e) => `${e.source}:${e.sourceHandle}>${e.target}`).sort();
}
