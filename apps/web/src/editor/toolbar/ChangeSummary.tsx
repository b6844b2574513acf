import type { GraphChanges, NodeRef } from '@wayfarer/journey';
import { useLocale, useT } from '../../app/i18n';
import { editorMessages } from '../messages';
import { nodeTitle } from '../side-panel/use-node-labels';
import { useEditorDeps } from '../store/editor-context';

function NodeList({
  title,
  nodes,
  details,
}: {
  title: string;
  nodes: readonly NodeRef[];
  details?: (node: NodeRef) => string;
}) {
  const { locale } = useLocale();
  const { catalog } = useEditorDeps();
  if (nodes.length === 0) return null;
  return (
    <div className="changes__group">
      <h4>
        {title} · {nodes.length}
      </h4>
      <ul>
        {nodes.map((node) => (
          <li key={node.id}>
            {nodeTitle(node, catalog, locale)}
            {details && <span className="changes__fields"> — {details(node)}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What publishing changes compared with the live version, in words. */
export function ChangeSummary({ changes }: { changes: GraphChanges }) {
  const t = useT();
  if (changes.unchanged)
    return (
      <p className="changes__none" data-testid="change-summary" data-unchanged="true">
        {t(editorMessages.publishUnchanged)}
      </p>
    );
  const fields = new Map(changes.nodesChanged.map((node) => [node.id, node.fields.join(', ')]));
  const edgeCounts = {
    added: changes.edgesAdded.length,
    removed: changes.edgesRemoved.length,
    rewired: changes.edgesRewired.length,
  };
  return (
    <div className="changes" data-testid="change-summary">
      <NodeList title={t(editorMessages.changesAdded)} nodes={changes.nodesAdded} />
      <NodeList title={t(editorMessages.changesRemoved)} nodes={changes.nodesRemoved} />
      <NodeList
        title={t(editorMessages.changesChanged)}
        nodes={changes.nodesChanged}
        details={(node) => fields.get(node.id) ?? ''}
      />
      {edgeCounts.added + edgeCounts.removed + edgeCounts.rewired > 0 && (
        <p>{t(editorMessages.changesEdges, edgeCounts)}</p>
      )}
      {changes.settingsChanged && <p>{t(editorMessages.changesSettings)}</p>}
    </div>
  );
}
