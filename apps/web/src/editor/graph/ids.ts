import type { GraphNode, JourneyGraph } from '@wayfarer/journey';

const MAX_PREFIX = 40;

/**
 * Readable id stem from a type id: `core.send` → `send`, `core.trigger.event` → `trigger-event`,
 * `acme.erp-sync` → `erp-sync`. Compiler messages quote node ids, so they should read well.
 */
export function idStem(type: string): string {
  const withoutNamespace = type.includes('.') ? type.slice(type.indexOf('.') + 1) : type;
  const stem = withoutNamespace
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_PREFIX);
  return stem === '' ? 'node' : stem;
}

/** Hands out fresh node and edge ids for one graph; ids it returns are never reused by it. */
export interface IdAllocator {
  node(type: string): string;
  edge(source: string, port: string): string;
}

function counterOf(id: string, stem: string): number {
  if (!id.startsWith(`${stem}-`)) return 0;
  const rest = id.slice(stem.length + 1);
  return /^\d+$/.test(rest) ? Number(rest) : 0;
}

/** Node ids are `<stem>-<n>` (n above any existing one); edge ids `e-<source>-<port>`, suffixed when taken. */
export function createIdAllocator(graph: Pick<JourneyGraph, 'nodes' | 'edges'>): IdAllocator {
  const nodeIds = new Set(graph.nodes.map((node: GraphNode) => node.id));
  const edgeIds = new Set(graph.edges.map((edge) => edge.id));
  return {
    node(type) {
      const stem = idStem(type);
      let next = 1;
      for (const id of nodeIds) next = Math.max(next, counterOf(id, stem) + 1);
      const id = `${stem}-${next}`;
      nodeIds.add(id);
      return id;
    },
    edge(source, port) {
      const base = `e-${source}-${port}`.slice(0, 120);
      let id = base;
      for (let n = 2; edgeIds.has(id); n++) id = `${base}-${n}`;
      edgeIds.add(id);
      return id;
    },
  };
}
