import type { AnyNodeTypeSpec, Locale } from '@wayfarer/nodes';
import type { AnyEditorFacet } from '@wayfarer/nodes/editor';
import { NodeIcon } from '../../app/NodeIcon';
import { Disclosure } from '../../ui';
import { inspectorMessages } from './messages';

interface InspectorHeaderProps {
  nodeId: string;
  spec: AnyNodeTypeSpec;
  facet: AnyEditorFacet | undefined;
  locale: Locale;
  /** The validated config, when valid: the facet's one-line summary is shown for it. */
  parsed: { ok: true; data: unknown } | { ok: false };
}

function summaryOf(
  facet: AnyEditorFacet | undefined,
  parsed: InspectorHeaderProps['parsed'],
  locale: Locale,
): string | undefined {
  if (!facet || !parsed.ok) return undefined;
  try {
    return facet.summary(parsed.data, locale);
  } catch {
    // A custom node's summary that throws must not take the inspector down with it.
    return undefined;
  }
}

/** Icon, title and description in the UI language; the node's id and type id under "Developer details". */
export function InspectorHeader({ nodeId, spec, facet, locale, parsed }: InspectorHeaderProps) {
  const summary = summaryOf(facet, parsed, locale);
  return (
    <header className="inspector-header">
      <span className={`inspector-icon inspector-icon--${spec.category}`}>
        <NodeIcon name={facet?.icon} category={spec.category} size={18} />
      </span>
      <div className="inspector-heading">
        <h2>{spec.title[locale]}</h2>
        <p className="inspector-description">{spec.description[locale]}</p>
        {summary ? <p className="inspector-summary">{summary}</p> : null}
        <Disclosure title={inspectorMessages.developerDetails[locale]} tone="quiet" testId="developer-details">
          <p className="inspector-meta">
            {inspectorMessages.nodeId[locale]} <code data-testid="inspector-node-id">{nodeId}</code> ·{' '}
            {inspectorMessages.nodeType[locale]} <code>{`${spec.type} v${spec.version}`}</code>
          </p>
        </Disclosure>
      </div>
    </header>
  );
}
