import { Copy, Trash2 } from 'lucide-react';
import { useMemo } from 'react';
import { Button } from '../../ui';
import { useT } from '../../app/i18n';
import { useViewportTools } from '../canvas/use-viewport-tools';
import { duplicateSelection } from '../commands/clipboard-commands';
import { deleteSelection } from '../commands/node-commands';
import { ProblemsPanel } from '../inspector';
import { editorMessages } from '../messages';
import { useEditor, useEditorDeps, useEditorStore } from '../store/editor-context';
import { selectNodes, selectProblems, selectSingleNodeId } from '../store/selectors';
import { JourneySettingsPanel } from '../settings';
import { NodePanel } from './NodePanel';
import { useNodeLabels } from './use-node-labels';
import { useDescribeProblem } from './use-describe-problem';

function JourneyPanel() {
  const t = useT();
  const store = useEditorStore();
  const tools = useViewportTools();
  const problems = useEditor(selectProblems);
  const labels = useNodeLabels();
  const describe = useDescribeProblem();
  const goTo = (nodeId: string) => {
    store.getState().select({ nodeIds: [nodeId] });
    tools.focusNode(nodeId);
  };
  return (
    <div className="journey-panel">
      <JourneySettingsPanel />
      <ProblemsPanel problems={problems} nodeLabels={labels} describe={describe} onSelectNode={goTo} />
      <h3 className="side-panel__subtitle">{t(editorMessages.shortcutsTitle)}</h3>
      <p className="side-panel__meta">{t(editorMessages.shortcutsList)}</p>
    </div>
  );
}

function SelectionPanel({ count }: { count: number }) {
  const t = useT();
  const store = useEditorStore();
  const { readOnly } = useEditorDeps();
  return (
    <div className="selection-panel">
      <h2 className="side-panel__title">{t(editorMessages.manySelected, { count })}</h2>
      {!readOnly && (
        <div className="side-panel__actions">
          <Button size="sm" icon={Copy} onClick={() => duplicateSelection(store)}>
            {t(editorMessages.duplicate)}
          </Button>
          <Button size="sm" variant="danger-ghost" icon={Trash2} onClick={() => deleteSelection(store)}>
            {t(editorMessages.deleteSelected)}
          </Button>
        </div>
      )}
    </div>
  );
}

/** Right-hand panel: the selected step's inspector, the selection's actions, or the problems list. */
export function SidePanel() {
  const single = useEditor(selectSingleNodeId);
  const nodes = useEditor(selectNodes);
  const exists = useMemo(() => single !== undefined && nodes.some((node) => node.id === single), [nodes, single]);
  const count = useEditor((state) => state.selectedNodeIds.length);
  return (
    <aside className="side-panel" data-testid="side-panel">
      {single !== undefined && exists ? (
        <NodePanel key={single} nodeId={single} />
      ) : count > 1 ? (
        <SelectionPanel count={count} />
      ) : (
        <JourneyPanel />
      )}
    </aside>
  );
}
