import { useMemo } from 'react';
import type { NodeRef } from '@wayfarer/journey';
import type { Locale } from '@wayfarer/nodes';
import { useLocale } from '../../app/i18n';
import type { NodeCatalog } from '../graph/catalog';
import { useEditor, useEditorDeps } from '../store/editor-context';
import { selectNodes } from '../store/selectors';

/** "Send message (send-2)": a node's label or type title, with its id to tell twins apart. */
export function nodeTitle(node: NodeRef, catalog: NodeCatalog, locale: Locale): string {
  const title = node.label ?? catalog.registry.get(node.type)?.title[locale] ?? node.type;
  return `${title} (${node.id})`;
}

/** Readable names of every node, by id, in the UI language. */
export function useNodeLabels(): Readonly<Record<string, string>> {
  const { locale } = useLocale();
  const nodes = useEditor(selectNodes);
  const { catalog } = useEditorDeps();
  return useMemo(
    () =>
      Object.fromEntries(
        nodes.map((node) => [
          node.id,
          nodeTitle({ id: node.id, type: node.type, label: node.data.label }, catalog, locale),
        ]),
      ),
    [nodes, catalog, locale],
  );
}
