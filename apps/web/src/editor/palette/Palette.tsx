import { PanelLeftClose, PanelLeftOpen } from 'lucide-react';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useLocale, useT } from '../../app/i18n';
import { Button, SearchInput } from '../../ui';
import { useViewportTools } from '../canvas/use-viewport-tools';
import { addNodeOfType } from '../commands/node-commands';
import { editorMessages } from '../messages';
import { useEditorDeps, useEditorStore } from '../store/editor-context';
import { NodeTypeList } from './NodeTypeList';
import { firstMatch, paletteGroups } from './palette-model';
import type { PaletteMode } from './use-palette-mode';

interface PaletteProps {
  mode: PaletteMode;
  onToggle: () => void;
}

/**
 * The step palette: node types from the registry, grouped by category, searchable, draggable.
 * Compact, it is a strip of icons (titles as tooltips) that still drag and click.
 */
export function Palette({ mode, onToggle }: PaletteProps) {
  const t = useT();
  const { locale } = useLocale();
  const store = useEditorStore();
  const { catalog } = useEditorDeps();
  const tools = useViewportTools();
  const [query, setQuery] = useState('');
  const compact = mode === 'compact';
  const groups = useMemo(
    () => paletteGroups(catalog.registry.list(), compact ? '' : query, locale),
    [catalog, query, locale, compact],
  );
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
    <aside className="palette" data-testid="palette" data-mode={mode} aria-label={t(editorMessages.palette)}>
      <div className="palette__head">
        {!compact && (
          <SearchInput
            className="palette__search"
            data-testid="palette-search"
            value={query}
            placeholder={t(editorMessages.paletteSearch)}
            label={t(editorMessages.paletteSearch)}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onSearchKey}
          />
        )}
        <Button
          variant="ghost"
          size="sm"
          iconOnly
          icon={compact ? PanelLeftOpen : PanelLeftClose}
          data-testid="palette-toggle"
          onClick={onToggle}
        >
          {t(compact ? editorMessages.paletteExpand : editorMessages.paletteCollapse)}
        </Button>
      </div>
      <div className="palette__body">
        {!compact && <p className="palette__hint">{t(editorMessages.paletteHint)}</p>}
        {groups.length === 0 ? (
          <p className="palette__empty">{t(editorMessages.paletteEmpty, { query })}</p>
        ) : (
          <NodeTypeList groups={groups} onChoose={add} draggable compact={compact} testIdPrefix="palette-item-" />
        )}
      </div>
    </aside>
  );
}
