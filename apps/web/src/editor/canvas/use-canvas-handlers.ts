import type { Connection, Edge, EdgeChange, NodeChange } from '@xyflow/react';
import { useMemo, useRef } from 'react';
import { commitMove } from '../commands/node-commands';
import { connect, reconnect } from '../graph/edge-ops';
import type { XY } from '../graph/graph-types';
import { removeElements } from '../graph/remove';
import type { EditorStore } from '../store/editor-store';
import type { Size } from '../store/canvas-slice';
import type { SelectionChange } from '../store/selection-slice';
import type { JourneyFlowEdge, JourneyFlowNode } from './flow-model';
import type { DragControl } from './use-drag-state';

/**
 * React Flow reports what the user did as changes; this turns them into store updates. The
 * document stays the one source of truth: drags show live from the drag state and reach the
 * document (and the undo history) once, on drop.
 */
function applyNodeChanges(
  store: EditorStore,
  drag: DragControl,
  changes: readonly NodeChange<JourneyFlowNode>[],
): void {
  const state = store.getState();
  const before = drag.current();
  const dragging = new Map<string, XY>(before ?? []);
  const dropped = new Map<string, XY>();
  const sizes: (Size & { id: string })[] = [];
  const selects: SelectionChange[] = [];
  for (const change of changes) {
    if (change.type === 'position' && change.position)
      (change.dragging ? dragging : dropped).set(change.id, change.position);
    else if (change.type === 'dimensions' && change.dimensions) sizes.push({ id: change.id, ...change.dimensions });
    else if (change.type === 'select') selects.push({ id: change.id, selected: change.selected });
    // add / remove / replace: edits reach the document through commands, never from here.
  }
  if (sizes.length > 0) state.setMeasured(sizes);
  if (selects.length > 0) state.applySelectionChanges(selects, []);
  if (dropped.size > 0) {
    commitMove(store, new Map([...dragging, ...dropped]), before === null);
    drag.set(null);
  } else if (dragging.size > 0 && changes.some((change) => change.type === 'position')) drag.set(dragging);
}

function applyEdgeChanges(store: EditorStore, changes: readonly EdgeChange<JourneyFlowEdge>[]): void {
  const selects = changes.flatMap((change) =>
    change.type === 'select' ? [{ id: change.id, selected: change.selected }] : [],
  );
  if (selects.length > 0) store.getState().applySelectionChanges([], selects);
}

const toConnection = (connection: Connection) =>
  connection.sourceHandle
    ? { source: connection.source, sourceHandle: connection.sourceHandle, target: connection.target }
    : undefined;

/** Event handlers for <ReactFlow>, bound to the editor store. */
export function useCanvasHandlers(store: EditorStore, drag: DragControl) {
  const reconnected = useRef(true);
  return useMemo(
    () => ({
      onNodesChange: (changes: NodeChange<JourneyFlowNode>[]) => applyNodeChanges(store, drag, changes),
      onEdgesChange: (changes: EdgeChange<JourneyFlowEdge>[]) => applyEdgeChanges(store, changes),
      onConnect: (connection: Connection) => {
        const wanted = toConnection(connection);
        if (wanted) store.getState().edit((graph) => connect(graph, wanted));
      },
      isValidConnection: (connection: Connection | Edge) =>
        connection.source !== connection.target && Boolean(connection.sourceHandle),
      onReconnectStart: () => {
        reconnected.current = false;
      },
      onReconnect: (old: JourneyFlowEdge, connection: Connection) => {
        reconnected.current = true;
        const wanted = toConnection(connection);
        if (wanted) store.getState().edit((graph) => reconnect(graph, old.id, wanted));
      },
      // An edge end dragged off into empty space is deleted, as in React Flow's own examples.
      onReconnectEnd: (_event: MouseEvent | TouchEvent, edge: JourneyFlowEdge) => {
        if (!reconnected.current)
          store.getState().edit((graph) => removeElements(graph, { nodeIds: [], edgeIds: [edge.id] }));
        reconnected.current = true;
      },
      onPaneClick: () => store.getState().openInsertMenu(null),
    }),
    [store, drag],
  );
}
