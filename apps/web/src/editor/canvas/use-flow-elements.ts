import { useMemo, useState } from 'react';
import type { XY } from '../graph/graph-types';
import { useEditor, useEditorDeps } from '../store/editor-context';
import { selectEdges, selectNodes } from '../store/selectors';
import { createFlowEdgeBuilder, createFlowNodeBuilder, type JourneyFlowEdge, type JourneyFlowNode } from './flow-model';

/** React Flow's nodes, rebuilt only when something they show changed (and then reusing unchanged ones). */
export function useFlowNodes(drag: ReadonlyMap<string, XY> | null): JourneyFlowNode[] {
  const [build] = useState(createFlowNodeBuilder);
  const nodes = useEditor(selectNodes);
  const edges = useEditor(selectEdges);
  const selectedIds = useEditor((state) => state.selectedNodeIds);
  const measured = useEditor((state) => state.measured);
  const { catalog } = useEditorDeps();
  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);
  return useMemo(
    () => build({ nodes, edges, selected, drag, measured, catalog }),
    [build, nodes, edges, selected, drag, measured, catalog],
  );
}

/** React Flow's edges, reusing unchanged ones. */
export function useFlowEdges(): JourneyFlowEdge[] {
  const [build] = useState(createFlowEdgeBuilder);
  const edges = useEditor(selectEdges);
  const selectedIds = useEditor((state) => state.selectedEdgeIds);
  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);
  return useMemo(() => build(edges, selected), [build, edges, selected]);
}
