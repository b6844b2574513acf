import type { GraphEdge, GraphNode, JourneyGraph } from './graph.schema';
import { stableStringify } from './hash';

/** A node as the change summary names it. */
export interface NodeRef {
  id: string;
  type: string;
  label?: string;
}

/** A node present in both graphs whose behaviour differs. */
export interface NodeChange extends NodeRef {
  /** What differs: `type`, `label`, `typeVersion`, or a top-level config field such as `duration`. */
  fields: string[];
}

/** An edge by what it connects (edge ids are not meaningful to marketers). */
export interface EdgeRef {
  source: string;
  sourceHandle: string;
  target: string;
}

/** An edge whose source port now leads somewhere else. */
export interface EdgeRewire extends EdgeRef {
  previousTarget: string;
}

/** What publishing `after` over `before` changes. Moving cards around is not a change. */
export interface GraphChanges {
  nodesAdded: NodeRef[];
  nodesRemoved: NodeRef[];
  nodesChanged: NodeChange[];
  edgesAdded: EdgeRef[];
  edgesRemoved: EdgeRef[];
  edgesRewired: EdgeRewire[];
  settingsChanged: boolean;
  /** True when nothing above changed. */
  unchanged: boolean;
}

type DiffableGraph = Pick<JourneyGraph, 'nodes' | 'edges'> & { settings?: unknown };

function refOf(node: GraphNode): NodeRef {
  return node.data.label === undefined
    ? { id: node.id, type: node.type }
    : { id: node.id, type: node.type, label: node.data.label };
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : { '': value };
}

function changedFields(before: GraphNode, after: GraphNode): string[] {
  const fields: string[] = [];
  if (before.type !== after.type) fields.push('type');
  if (before.data.label !== after.data.label) fields.push('label');
  if (before.data.typeVersion !== after.data.typeVersion) fields.push('typeVersion');
  const old = asRecord(before.data.config);
  const next = asRecord(after.data.config);
  for (const key of [...new Set([...Object.keys(old), ...Object.keys(next)])].sort()) {
    if (stableStringify(old[key] ?? null) !== stableStringify(next[key] ?? null))
      fields.push(key === '' ? 'config' : key);
  }
  return fields;
}

function diffNodes(
  before: readonly GraphNode[],
  after: readonly GraphNode[],
): Pick<GraphChanges, 'nodesAdded' | 'nodesRemoved' | 'nodesChanged'> {
  const old = new Map(before.map((node) => [node.id, node]));
  const next = new Map(after.map((node) => [node.id, node]));
  const nodesChanged: NodeChange[] = [];
  for (const node of after) {
    const previous = old.get(node.id);
    const fields = previous ? changedFields(previous, node) : [];
    if (fields.length > 0) nodesChanged.push({ ...refOf(node), fields });
  }
  return {
    nodesAdded: after.filter((node) => !old.has(node.id)).map(refOf),
    nodesRemoved: before.filter((node) => !next.has(node.id)).map(refOf),
    nodesChanged,
  };
}

const portKey = (edge: EdgeRef): string => JSON.stringify([edge.source, edge.sourceHandle]);
const edgeRef = (edge: GraphEdge): EdgeRef => ({
  source: edge.source,
  sourceHandle: edge.sourceHandle,
  target: edge.target,
});

function diffEdges(
  before: readonly GraphEdge[],
  after: readonly GraphEdge[],
): Pick<GraphChanges, 'edgesAdded' | 'edgesRemoved' | 'edgesRewired'> {
  const key = (edge: EdgeRef) => JSON.stringify([edge.source, edge.sourceHandle, edge.target]);
  const oldKeys = new Set(before.map(key));
  const newKeys = new Set(after.map(key));
  const added = after.filter((edge) => !oldKeys.has(key(edge))).map(edgeRef);
  const removed = before.filter((edge) => !newKeys.has(key(edge))).map(edgeRef);
  // A port that lost one edge and gained another was rewired, which reads better than add + remove.
  const removedByPort = new Map(removed.map((edge) => [portKey(edge), edge]));
  const edgesRewired: EdgeRewire[] = [];
  const edgesAdded: EdgeRef[] = [];
  for (const edge of added) {
    const previous = removedByPort.get(portKey(edge));
    if (previous) {
      removedByPort.delete(portKey(edge));
      edgesRewired.push({ ...edge, previousTarget: previous.target });
    } else edgesAdded.push(edge);
  }
  return {
    edgesAdded,
    edgesRemoved: removed.filter((edge) => removedByPort.get(portKey(edge)) === edge),
    edgesRewired,
  };
}

/**
 * What changed from `before` (e.g. the live version's graph; `null` when nothing was published)
 * to `after` (the draft about to be published). Pure; nodes are matched by id, edges by the
 * port they leave from and the node they lead to.
 */
export function summarizeGraphChanges(before: DiffableGraph | null | undefined, after: DiffableGraph): GraphChanges {
  const old = before ?? { nodes: [], edges: [] };
  const nodes = diffNodes(old.nodes, after.nodes);
  const edges = diffEdges(old.edges, after.edges);
  const settingsChanged =
    before != null && stableStringify(old.settings ?? null) !== stableStringify(after.settings ?? null);
  const counts = [
    nodes.nodesAdded,
    nodes.nodesRemoved,
    nodes.nodesChanged,
    edges.edgesAdded,
    edges.edgesRemoved,
    edges.edgesRewired,
  ];
  return {
    ...nodes,
    ...edges,
    settingsChanged,
    unchanged: !settingsChanged && counts.every((list) => list.length === 0),
  };
}
