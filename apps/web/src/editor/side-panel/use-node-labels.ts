import { useMemo } from 'react';
import type { NodeRef } from '@wayfarer/journey';
import type { Locale } from '@wayfarer/nodes';
import { useLocale } from '../../app/i18n';
import type { NodeCatalog } from '../graph/catalog';
import { useEditor, useEditorDeps } from '../store/editor-context';
import { selectNodes } from '../store/selectors';

/** A node's label, else its type's title in `locale`. */
export function nodeTitle(node: NodeRef, catalog: NodeCatalog, locale: Locale): string {
  return node.label ?? catalog.registry.get(node.type)?.title[locale] ?? node.type;
}

/**
 * Readable names of every node, by id, in the UI language; steps with the same name are told apart
 * by number ("Send message 2"), never by their ids.
 */
export function useNodeLabels(): Readonly<Record<string, string>> {
  const { locale } = useLocale();
  const nodes = useEditor(selectNodes);
  const { catalog } = useEditorDeps();
  return useMemo(() => {
    const titles = nodes.map((node) =>
      nodeTitle({ id: node.id, type: node.type, label: node.data.label }, catalog, locale),
    );
    const total = new Map<string, number>();
    for (const title of titles) total.set(title, (total.get(title) ?? 0) + 1);
    const seen = new Map<string, number>();
    return Object.fromEntries(
      nodes.map((node, index) => {
        const title = titles[index] ?? node.type;
        const nth = (seen.get(title) ?? 0) + 1;
        seen.set(title, nth);
        return [node.id, (total.get(title) ?? 0) > 1 ? `${title} ${nth}` : title];
      }),
    );
  }, [nodes, catalog, locale]);
}
