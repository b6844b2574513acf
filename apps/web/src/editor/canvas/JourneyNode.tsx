import { Handle, Position, useUpdateNodeInternals, type NodeProps } from '@xyflow/react';
import { memo, useEffect, useMemo, useRef } from 'react';
import { useLocale, useT } from '../../app/i18n';
import { NodeIcon } from '../../app/NodeIcon';
import { editorMessages } from '../messages';
import { useEditor, useEditorDeps } from '../store/editor-context';
import { selectNodeOnPath, selectNodeProblems } from '../store/selectors';
import { NodeOverlayBadge } from './CanvasOverlay';
import { describeCard } from './card-view';
import type { JourneyFlowNode } from './flow-model';
import { NodePorts } from './NodePorts';

/** Re-measures the card's handles when its ports change (a split path added, a wait switched to "until event"). */
function useRemeasureOnPortChange(id: string, portKey: string): void {
  const updateNodeInternals = useUpdateNodeInternals();
  const first = useRef(true);
  useEffect(() => {
    // On mount React Flow measures the card itself.
    if (first.current) {
      first.current = false;
      return;
    }
    updateNodeInternals(id);
  }, [id, portKey, updateNodeInternals]);
}

function ProblemBadge({ messages }: { messages: readonly string[] }) {
  const t = useT();
  const text = t(editorMessages.problemCount, { count: messages.length });
  return (
    <span
      className="node-card__badge"
      data-testid="node-problem-badge"
      title={[text, ...messages].join('\n')}
      aria-label={text}
    >
      {messages.length}
    </span>
  );
}

/**
 * A journey step on the canvas. Memoised, and it reads only its own problems from the store, so
 * a change elsewhere in a 1,000-node journey does not re-render it.
 */
function JourneyNodeCard({ id, data, selected }: NodeProps<JourneyFlowNode>) {
  const { locale } = useLocale();
  const t = useT();
  const { catalog, editors, readOnly } = useEditorDeps();
  const problems = useEditor(selectNodeProblems(id));
  const onPath = useEditor(selectNodeOnPath(id));
  const view = useMemo(() => describeCard(data.node, catalog, editors, locale), [data.node, catalog, editors, locale]);
  useRemeasureOnPortChange(id, [...view.ports.map((port) => port.name), ...data.staleHandles].join('\n'));
  const missing = useMemo(
    () =>
      new Set(problems.flatMap((problem) => (problem.code === 'missing_edge' && problem.port ? [problem.port] : []))),
    [problems],
  );
  const classes = [
    'node-card',
    `node-card--${view.category}`,
    selected ? 'node-card--selected' : '',
    problems.length > 0 ? 'node-card--invalid' : '',
    onPath ? 'node-card--on-path' : '',
  ];
  return (
    <div className={classes.join(' ')} data-testid="node-card" data-node-type={data.node.type} data-on-path={onPath}>
      <NodeOverlayBadge nodeId={id} />
      {view.acceptsInput && (
        <Handle
          type="target"
          position={Position.Left}
          isConnectable={!readOnly}
          className="port-handle port-handle--in"
        />
      )}
      <div className="node-card__header">
        <span className="node-card__icon">
          <NodeIcon name={view.icon} category={view.category === 'unknown' ? undefined : view.category} size={14} />
        </span>
        <span className="node-card__titles">
          {view.caption !== undefined && <span className="node-card__caption">{view.caption}</span>}
          <span className="node-card__title">{view.title}</span>
        </span>
        {problems.length > 0 && <ProblemBadge messages={problems.map((problem) => problem.message)} />}
      </div>
      <div
        className={view.summary === undefined ? 'node-card__summary node-card__summary--todo' : 'node-card__summary'}
      >
        {view.summary ??
          (view.known ? t(editorMessages.needsSetup) : t(editorMessages.unknownType, { type: data.node.type }))}
      </div>
      <NodePorts ports={view.ports} stale={data.staleHandles} missing={missing} connectable={!readOnly} />
    </div>
  );
}

export const JourneyNode = memo(JourneyNodeCard);
