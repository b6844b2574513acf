import {
  Background,
  ControlButton,
  Controls,
  MarkerType,
  MiniMap,
  Panel,
  ReactFlow,
  type AriaLabelConfig,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Maximize } from 'lucide-react';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { NodeCategory } from '@wayfarer/nodes';
import { useT } from '../../app/i18n';
import { editorMessages } from '../messages';
import { useEditorDeps, useEditorStore } from '../store/editor-context';
import type { JourneyFlowNode } from './flow-model';
import { EdgeLabelLayerProbe, EdgeLabelLayerProvider } from './EdgeLabelLayer';
import { LARGE_JOURNEY, OPENING_FIT } from './initial-view';
import { InsertableEdge } from './InsertableEdge';
import { JourneyNode } from './JourneyNode';
import { openingViewport } from './opening-viewport';
import { useCanvasHandlers } from './use-canvas-handlers';
import { useDragState } from './use-drag-state';
import { usePaletteDrop } from './use-palette-drop';
import { bannerRects, FIT_ALL, useViewportTools } from './use-viewport-tools';
import { useFlowEdges, useFlowNodes } from './use-flow-elements';
import { MINIMAP_SIZE } from './canvas-chrome';
import { useMinimapCorner } from './use-minimap-corner';

// Module constants: React Flow re-creates every node when these objects change identity.
const nodeTypes = { journey: JourneyNode };
const edgeTypes = { insertable: InsertableEdge };
const defaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 } };
const ZOOM = { min: 0.05, max: 2 };
// The step kinds' colours from tokens.css (SVG fills of the minimap take CSS variables).
const categoryColors: Record<NodeCategory | 'unknown', string> = {
  triggers: 'var(--color-kind-trigger)',
  actions: 'var(--color-kind-action)',
  flow: 'var(--color-kind-flow)',
  rewards: 'var(--color-kind-reward)',
  custom: 'var(--color-kind-custom)',
  unknown: 'var(--color-kind-end)',
};

/**
 * Background, minimap, zoom controls and the empty-journey hint. The minimap moves to the top
 * right, or hides, rather than cover a step.
 */
function CanvasChrome({ empty }: { empty: boolean }) {
  const t = useT();
  const corner = useMinimapCorner();
  const { catalog } = useEditorDeps();
  const tools = useViewportTools();
  const minimapColor = useCallback(
    (node: JourneyFlowNode) => categoryColors[catalog.info(node.data.node).spec?.category ?? 'unknown'],
    [catalog],
  );
  return (
    <>
      <EdgeLabelLayerProbe />
      <Background gap={24} size={1.5} />
      {!empty && corner !== undefined && (
        <MiniMap
          position={corner}
          style={MINIMAP_SIZE}
          pannable
          zoomable
          nodeColor={minimapColor}
          nodeStrokeWidth={0}
          ariaLabel={t(editorMessages.minimap)}
          data-corner={corner}
        />
      )}
      <Controls showInteractive={false} showFitView={false}>
        <ControlButton
          onClick={() => tools.fit(FIT_ALL)}
          title={t(editorMessages.fitView)}
          aria-label={t(editorMessages.fitView)}
        >
          <Maximize size={14} aria-hidden="true" />
        </ControlButton>
      </Controls>
      {empty && (
        <Panel position="top-center" className="canvas__empty">
          {t(editorMessages.emptyCanvas)}
        </Panel>
      )}
    </>
  );
}

/**
 * Fits the opening view once the viewport exists, when the pane had no size to work it out before
 * the first render: cards come with estimated sizes, so React Flow considers them ready before its
 * pan/zoom is, and its own `fitView` prop can be lost then.
 */
function useLateOpeningFit(needed: boolean): () => void {
  const tools = useViewportTools();
  return useCallback(() => {
    if (!needed) return;
    const fitWhenSized = () => {
      if (!tools.fit(OPENING_FIT)) requestAnimationFrame(fitWhenSized);
    };
    fitWhenSized();
  }, [tools, needed]);
}

/** React Flow's screen-reader words in the UI language (it ships them in English only). */
function useCanvasAriaLabels(): Partial<AriaLabelConfig> {
  const t = useT();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t(editorMessages.stepKeyboardHelp),
      'edge.a11yDescription.default': t(editorMessages.linkKeyboardHelp),
      'controls.ariaLabel': t(editorMessages.viewControls),
      'controls.zoomIn.ariaLabel': t(editorMessages.zoomIn),
      'controls.zoomOut.ariaLabel': t(editorMessages.zoomOut),
      'controls.fitView.ariaLabel': t(editorMessages.fitView),
      'minimap.ariaLabel': t(editorMessages.minimap),
      'handle.ariaLabel': t(editorMessages.connectionPoint),
    }),
    [t],
  );
}

/** The journey canvas: React Flow over the editor store. */
export function Canvas() {
  const store = useEditorStore();
  const { readOnly } = useEditorDeps();
  const drag = useDragState();
  const nodes = useFlowNodes(drag.positions);
  const edges = useFlowEdges();
  const handlers = useCanvasHandlers(store, drag.control);
  const drop = usePaletteDrop(store);
  // React Flow is first rendered once the pane's size is known (before the first paint), already
  // at the opening view (see opening-viewport.ts).
  const pane = useRef<HTMLDivElement>(null);
  const [opening, setOpening] = useState<{ viewport: Viewport | undefined }>();
  useLayoutEffect(() => {
    if (opening !== undefined) return;
    const box = pane.current?.getBoundingClientRect();
    const { catalog } = store.getState();
    const covered = bannerRects(pane.current);
    setOpening({
      viewport: box && openingViewport(nodes, catalog, box, { minZoom: ZOOM.min, maxZoom: ZOOM.max, covered }),
    });
  }, [opening, nodes, store]);
  const onInit = useLateOpeningFit(opening !== undefined && opening.viewport === undefined);
  const ariaLabelConfig = useCanvasAriaLabels();
  return (
    <div className="canvas" data-testid="canvas" ref={pane}>
      <EdgeLabelLayerProvider>
        {opening !== undefined && (
          <ReactFlow
            {...(opening.viewport === undefined ? {} : { defaultViewport: opening.viewport })}
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            defaultEdgeOptions={defaultEdgeOptions}
            {...handlers}
            {...drop}
            nodesDraggable={!readOnly}
            nodesConnectable={!readOnly}
            edgesReconnectable={!readOnly}
            deleteKeyCode={null}
            minZoom={ZOOM.min}
            maxZoom={ZOOM.max}
            onInit={onInit}
            onlyRenderVisibleElements={nodes.length > LARGE_JOURNEY}
            ariaLabelConfig={ariaLabelConfig}
          >
            <CanvasChrome empty={nodes.length === 0} />
          </ReactFlow>
        )}
      </EdgeLabelLayerProvider>
    </div>
  );
}
