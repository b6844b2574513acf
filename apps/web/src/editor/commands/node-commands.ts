import type { GraphNode, JourneyGraph } from '@wayfarer/journey';
import type { XY } from '../graph/graph-types';
import { createIdAllocator } from '../graph/ids';
import { estimateCard } from '../canvas/card-geometry';
import { appendAfter, dropNode, insertNodeOnEdge } from '../graph/insert';
import type { SizeOf } from '../graph/placement';
import { moveNodes } from '../graph/node-ops';
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

/** Cards' sizes as the canvas measured them, else as estimated from their ports. */
function cardSizes(store: EditorStore): SizeOf {
  const { measured, catalog } = store.getState();
  return (node) => {
    const size = measured.get(node.id);
    if (size) return size;
    const estimate = estimateCard(node, catalog, []);
    return { width: estimate.initialWidth, height: estimate.initialHeight };
  };
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
  const sizeOf = cardSizes(store);
  return addAndSelect(store, (graph, node) => appendAfter(graph, after, node, catalog, sizeOf), type, at);
}

/** The "+" on an edge: puts a new node of `type` between the edge's ends. */
export function insertOnEdge(store: EditorStore, edgeId: string, type: string): string | undefined {
  const { catalog } = store.getState();
  const sizeOf = cardSizes(store);
  return addAndSelect(store, (graph, node) => insertNodeOnEdge(graph, edgeId, node, catalog, sizeOf), type, {
    x: 0,
    y: 0,
  });
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

/**
 * Drops a new node from the palette and selects it: onto `edgeId` it is wired in between the edge's
 * ends; elsewhere it stays loose at `at`, or the nearest spot below where it covers no other card.
 */
export function dropNodeOfType(store: EditorStore, type: string, at: XY, edgeId?: string): string | undefined {
  const { catalog } = store.getState();
  const sizeOf = cardSizes(store);
  return addAndSelect(store, (graph, node) => dropNode(graph, node, edgeId, catalog, sizeOf), type, at);
}
