import { Copy, Trash2 } from 'lucide-react';
import { useMemo } from 'react';
import { Button } from '../../ui';
import { useLocale, useT } from '../../app/i18n';
import { duplicateSelection } from '../commands/clipboard-commands';
import { deleteSelection } from '../commands/node-commands';
import { setNodeLabel, updateConfig } from '../graph/node-ops';
import { NodeInspector } from '../inspector';
import { earlierStepVariables } from '../inspector/template/step-outputs';
import { StepVariablesContext } from '../inspector/template/step-variables-context';
import { editorMessages } from '../messages';
import { useEditor, useEditorDeps, useEditorStore } from '../store/editor-context';
import { selectGraph, selectNodeProblems, selectNodes } from '../store/selectors';
import { useNodeLabels } from './use-node-labels';

function LabelField({
  nodeId,
  label,
  placeholder,
  readOnly,
}: {
  nodeId: string;
  label: string | undefined;
  placeholder: string;
  readOnly: boolean;
}) {
  const t = useT();
  const store = useEditorStore();
  return (
    <label className="field field--label">
      <span className="field-label">{t(editorMessages.stepName)}</span>
      <input
        data-testid="step-name"
        value={label ?? ''}
        placeholder={placeholder}
        readOnly={readOnly}
        onChange={(event) =>
          store
            .getState()
            .edit((graph) => setNodeLabel(graph, nodeId, event.target.value), { coalesce: `label:${nodeId}` })
        }
      />
    </label>
  );
}

function StepActions() {
  const t = useT();
  const store = useEditorStore();
  return (
    <div className="side-panel__actions">
      <Button size="sm" icon={Copy} data-testid="duplicate-node" onClick={() => duplicateSelection(store)}>
        {t(editorMessages.duplicate)}
      </Button>
      <Button
        size="sm"
        variant="danger-ghost"
        icon={Trash2}
        data-testid="delete-node"
        onClick={() => deleteSelection(store)}
      >
        {t(editorMessages.deleteStep)}
      </Button>
    </div>
  );
}

/** The selected step: its form (the inspector), its name on the canvas and its actions. */
export function NodePanel({ nodeId }: { nodeId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const store = useEditorStore();
  const nodes = useEditor(selectNodes);
  const { catalog, editors, readOnly } = useEditorDeps();
  const problems = useEditor(selectNodeProblems(nodeId));
  const node = useMemo(() => nodes.find((candidate) => candidate.id === nodeId), [nodes, nodeId]);
  const graph = useEditor(selectGraph);
  const stepNames = useNodeLabels();
  const stepVariables = useMemo(
    () => earlierStepVariables(graph, nodeId, catalog.registry, stepNames, locale),
    [graph, nodeId, catalog, stepNames, locale],
  );
  if (!node) return null;
  const spec = catalog.registry.get(node.type);
  const edit = store.getState().edit;
  return (
    <div className="node-panel">
      {spec ? (
        <StepVariablesContext.Provider value={stepVariables}>
          <NodeInspector
            nodeId={nodeId}
            spec={spec}
            facet={editors.get(node.type)}
            config={node.data.config}
            problems={problems}
            readOnly={readOnly}
            locale={locale}
            onChange={(config) =>
              edit((graph) => updateConfig(graph, nodeId, config), { coalesce: `config:${nodeId}` })
            }
          />
        </StepVariablesContext.Provider>
      ) : (
        <p className="side-panel__meta">{t(editorMessages.unknownType, { type: node.type })}</p>
      )}
      <LabelField
        nodeId={nodeId}
        label={node.data.label}
        placeholder={spec?.title[locale] ?? node.type}
        readOnly={readOnly}
      />
      {!readOnly && <StepActions />}
    </div>
  );
}
