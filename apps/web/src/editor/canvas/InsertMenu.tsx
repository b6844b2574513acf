import { useMemo, useState, type KeyboardEvent } from 'react';
import { useLocale, useT } from '../../app/i18n';
import { insertOnEdge } from '../commands/node-commands';
import { editorMessages } from '../messages';
import { NodeTypeList } from '../palette/NodeTypeList';
import { firstMatch, paletteGroups } from '../palette/palette-model';
import { useEditorDeps, useEditorStore } from '../store/editor-context';

/** The menu behind an edge's "+": pick a step to put between the edge's ends (triggers excluded). */
export function InsertMenu({ edgeId }: { edgeId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const store = useEditorStore();
  const { catalog } = useEditorDeps();
  const [query, setQuery] = useState('');
  const groups = useMemo(
    () => paletteGroups(catalog.registry.list(), query, locale, (spec) => spec.kind !== 'trigger'),
    [catalog, query, locale],
  );
  const close = () => store.getState().openInsertMenu(null);
  const choose = (type: string) => {
    insertOnEdge(store, edgeId, type);
    close();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const first = firstMatch(groups);
    if (event.key === 'Enter' && first) choose(first.type);
  };
  return (
    <div
      className="insert-menu nowheel nodrag nopan"
      role="dialog"
      aria-label={t(editorMessages.insertStep)}
      data-testid="insert-menu"
      onKeyDown={onKeyDown}
    >
      <input
        className="palette__search"
        data-testid="insert-search"
        type="search"
        autoFocus
        value={query}
        placeholder={t(editorMessages.paletteSearch)}
        aria-label={t(editorMessages.paletteSearch)}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onSearchKey}
      />
      <NodeTypeList groups={groups} onChoose={choose} draggable={false} testIdPrefix="insert-item-" />
    </div>
  );
}
