import { useMemo, useState } from 'react';
import type { GraphEdge } from '@wayfarer/journey';
import { useLocale, useT } from '../../app/i18n';
import { portLabel } from '../../app/port-label';
import { editorMessages } from '../messages';
import { useNodeLabels } from '../side-panel/use-node-labels';
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
  const name = useLinkNames();
  return useMemo(() => build(edges, selected, name), [build, edges, selected, name]);
}

/** A link's words for screen readers: the steps it joins by their names, and the exit it leaves by. */
function useLinkNames(): (edge: GraphEdge) => string {
  const names = useNodeLabels();
  const nodes = useEditor(selectNodes);
  const { catalog } = useEditorDeps();
  const { locale } = useLocale();
  const t = useT();
  return useMemo(() => {
    const byId = new Map(nodes.map((node) => [node.id, node]));
    return (edge) => {
      const source = byId.get(edge.source);
      const port =
        source === undefined
          ? edge.sourceHandle
          : portLabel(catalog.registry, source.type, source.data.config, edge.sourceHandle, locale);
      return t(editorMessages.linkName, { from: names[edge.source] ?? '…', port, to: names[edge.target] ?? '…' });
    };
  }, [names, nodes, catalog, locale, t]);
}
