import type { GraphNode, JourneyGraph } from '@wayfarer/journey';
import type { XY } from '../graph/graph-types';
import { createIdAllocator } from '../graph/ids';
import { appendAfter, insertNodeOnEdge } from '../graph/insert';
import { addNodes, moveNodes } from '../graph/node-ops';
import { removeElements } from '../graph/remove';
import type { EditorStore } from '../store/editor-store';

/** A fresh node of `type` with the type's default config, or undefined for an unknown type. */
export function newNode(store: EditorStore, graph: JourneyGraph, type: string, position: XY): GraphNode | undefined {
  const { catalog, defaultConfig } = store.getState();
  const spec = catalog.registry.get(type);
  if (!spec) return undefined;
  const id = createIdAllocator(graph).node(type);
  return { id, type, position, data: { config: defaultConfig(spec), typeVersion: spec.version } };
}

function addAndSelect(
  store: EditorStore,
  build: (graph: JourneyGraph, node: GraphNode) => JourneyGraph,
  type: string,
  position: XY,
): string | undefined {
  const { doc, edit, select, readOnly } = store.getState();
  const node = newNode(store, doc.graph, type, position);
  if (!node || readOnly) return undefined;
  edit((graph) => build(graph, node));
  select({ nodeIds: [node.id] });
  return node.id;
}

/**
 * Adds a node from the palette: after the one selected node when there is exactly one (wired
 * from its first free port), otherwise at `at` (the drop point or the viewport centre).
 */
export function addNodeOfType(
  store: EditorStore,
  type: string,
  at: XY,
  options: { after?: boolean } = {},
): string | undefined {
  const { selectedNodeIds, catalog } = store.getState();
  const after = options.after && selectedNodeIds.length === 1 ? selectedNodeIds[0] : undefined;
  return addAndSelect(store, (graph, node) => appendAfter(graph, after, node, catalog), type, at);
}

/** The "+" on an edge: puts a new node of `type` between the edge's ends. */
export function insertOnEdge(store: EditorStore, edgeId: string, type: string): string | undefined {
  const { catalog } = store.getState();
  return addAndSelect(store, (graph, node) => insertNodeOnEdge(graph, edgeId, node, catalog), type, { x: 0, y: 0 });
}

/** Deletes the selected nodes and edges as one undo step. */
export function deleteSelection(store: EditorStore): void {
  const { selectedNodeIds, selectedEdgeIds, edit, select } = store.getState();
  if (selectedNodeIds.length === 0 && selectedEdgeIds.length === 0) return;
  edit((graph) => removeElements(graph, { nodeIds: selectedNodeIds, edgeIds: selectedEdgeIds }));
  select({});
}

/** Writes moved positions to the document; arrow-key nudges of the same nodes merge into one step. */
export function commitMove(store: EditorStore, positions: ReadonlyMap<string, XY>, fromKeyboard: boolean): void {
  const key = fromKeyboard ? `move:${[...positions.keys()].sort().join(',')}` : undefined;
  store.getState().edit((graph) => moveNodes(graph, positions), { coalesce: key });
}

/** Drops a new node exactly at `at` (drag from the palette), unconnected, and selects it. */
export function placeNodeOfType(store: EditorStore, type: string, at: XY): string | undefined {
  return addAndSelect(store, (graph, node) => addNodes(graph, [node]), type, at);
}
