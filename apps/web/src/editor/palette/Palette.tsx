import { useMemo, useState, type KeyboardEvent } from 'react';
import { useLocale, useT } from '../../app/i18n';
import { useViewportTools } from '../canvas/use-viewport-tools';
import { addNodeOfType } from '../commands/node-commands';
import { editorMessages } from '../messages';
import { useEditorDeps, useEditorStore } from '../store/editor-context';
import { NodeTypeList } from './NodeTypeList';
import { firstMatch, paletteGroups } from './palette-model';

/** The step palette: node types from the registry, grouped by category, searchable, draggable. */
export function Palette() {
  const t = useT();
  const { locale } = useLocale();
  const store = useEditorStore();
  const { catalog } = useEditorDeps();
  const tools = useViewportTools();
  const [query, setQuery] = useState('');
  const groups = useMemo(() => paletteGroups(catalog.registry.list(), query, locale), [catalog, query, locale]);
  const add = (type: string) => {
    const id = addNodeOfType(store, type, tools.centreOfView(), { after: true });
    if (id !== undefined) requestAnimationFrame(() => tools.reveal(id));
  };
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const first = firstMatch(groups);
    if (event.key === 'Enter' && first) add(first.type);
    if (event.key === 'Escape') setQuery('');
  };
  return (
    <aside className="palette" data-testid="palette" aria-label={t(editorMessages.palette)}>
      <input
        className="palette__search"
        data-testid="palette-search"
        type="search"
        value={query}
        placeholder={t(editorMessages.paletteSearch)}
        aria-label={t(editorMessages.paletteSearch)}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onSearchKey}
      />
      <p className="palette__hint">{t(editorMessages.paletteHint)}</p>
      {groups.length === 0 ? (
        <p className="palette__empty">{t(editorMessages.paletteEmpty, { query })}</p>
      ) : (
        <NodeTypeList groups={groups} onChoose={add} draggable testIdPrefix="palette-item-" />
      )}
    </aside>
  );
}
