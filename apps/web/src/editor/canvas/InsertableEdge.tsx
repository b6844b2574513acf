import { BaseEdge, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { Plus } from 'lucide-react';
import { memo } from 'react';
import { useT } from '../../app/i18n';
import { editorMessages } from '../messages';
import { useEditor, useEditorDeps, useEditorStore } from '../store/editor-context';
import { selectEdgeOnPath } from '../store/selectors';
import { EdgeOverlayLabel } from './CanvasOverlay';
import { EdgeLabel } from './EdgeLabelLayer';
import type { JourneyFlowEdge } from './flow-model';
import { InsertMenu } from './InsertMenu';

/** The "+" at an edge's middle, and the insert menu it opens. */
function InsertButton({ edgeId, x, y }: { edgeId: string; x: number; y: number }) {
  const t = useT();
  const store = useEditorStore();
  const menuOpen = useEditor((state) => state.insertMenuEdgeId === edgeId);
  return (
    <EdgeLabel>
      <div
        className="edge-insert-anchor nodrag nopan"
        style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}
      >
        <button
          type="button"
          className="edge-insert"
          data-testid="edge-insert"
          aria-label={t(editorMessages.insertStep)}
          title={t(editorMessages.insertStep)}
          aria-expanded={menuOpen}
          onClick={() => store.getState().openInsertMenu(menuOpen ? null : edgeId)}
        >
          <Plus size={12} aria-hidden="true" />
        </button>
        {menuOpen && <InsertMenu edgeId={edgeId} />}
      </div>
    </EdgeLabel>
  );
}

/** An edge with a "+" in its middle that opens the insert menu. */
function InsertableEdgeView({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  markerEnd,
  selected,
}: EdgeProps<JourneyFlowEdge>) {
  const { readOnly } = useEditorDeps();
  const onPath = useEditor(selectEdgeOnPath(id));
  const dropTarget = useEditor((state) => state.dropEdgeId === id);
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    borderRadius: 14,
  });
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={[
          'journey-edge',
          selected ? 'journey-edge--selected' : '',
          onPath ? 'journey-edge--on-path' : '',
          dropTarget ? 'journey-edge--drop-target' : '',
        ].join(' ')}
      />
      <EdgeOverlayLabel edgeId={id} x={labelX} y={labelY} />
      {!readOnly && <InsertButton edgeId={id} x={labelX} y={labelY} />}
    </>
  );
}

export const InsertableEdge = memo(InsertableEdgeView);
