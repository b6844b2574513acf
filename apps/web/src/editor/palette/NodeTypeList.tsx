import type { DragEvent } from 'react';
import type { NodeKind } from '@wayfarer/journey';
import type { NodeCategory } from '@wayfarer/nodes';
import { useLocale, useT } from '../../app/i18n';
import { NodeIcon } from '../../app/NodeIcon';
import { editorMessages } from '../messages';
import { useEditorDeps } from '../store/editor-context';
import type { PaletteGroup } from './palette-model';

/** The drag-and-drop payload type: a node type id. */
export const NODE_TYPE_MIME = 'application/wayfarer-node-type';
/** Also set when the dragged step can be wired into an edge (types are readable while dragging, data is not). */
export const SPLITS_EDGE_MIME = 'application/wayfarer-splits-edge';

const categoryTitles = {
  triggers: editorMessages.categoryTriggers,
  actions: editorMessages.categoryActions,
  flow: editorMessages.categoryFlow,
  rewards: editorMessages.categoryRewards,
  custom: editorMessages.categoryCustom,
} satisfies Record<NodeCategory, unknown>;

interface NodeTypeListProps {
  groups: readonly PaletteGroup[];
  onChoose: (type: string) => void;
  /** Palette items can be dragged onto the canvas. */
  draggable: boolean;
  /** Icons only, the title as tooltip and accessible name. */
  compact?: boolean;
  testIdPrefix: string;
}

function startDrag(event: DragEvent, type: string, kind: NodeKind): void {
  event.dataTransfer.setData(NODE_TYPE_MIME, type);
  if (kind !== 'trigger' && kind !== 'end') event.dataTransfer.setData(SPLITS_EDGE_MIME, '1');
  event.dataTransfer.effectAllowed = 'copy';
}

/** Node types grouped under category headings; each is a button (Enter/Space/click choose it). */
export function NodeTypeList({ groups, onChoose, draggable, compact = false, testIdPrefix }: NodeTypeListProps) {
  const t = useT();
  const { locale } = useLocale();
  const { editors } = useEditorDeps();
  return (
    <div className={compact ? 'type-list type-list--compact' : 'type-list'}>
      {groups.map((group) => (
        <section key={group.category} className="type-list__group" aria-label={t(categoryTitles[group.category])}>
          <h3 className={compact ? 'visually-hidden' : 'type-list__heading'}>{t(categoryTitles[group.category])}</h3>
          {group.items.map((spec) => (
            <button
              key={spec.type}
              type="button"
              className={`type-item type-item--${spec.category}`}
              data-testid={`${testIdPrefix}${spec.type}`}
              draggable={draggable}
              onDragStart={draggable ? (event) => startDrag(event, spec.type, spec.kind) : undefined}
              onClick={() => onChoose(spec.type)}
              title={compact ? `${spec.title[locale]} — ${spec.description[locale]}` : spec.description[locale]}
              aria-label={compact ? spec.title[locale] : undefined}
            >
              <span className="type-item__icon">
                <NodeIcon name={editors.get(spec.type)?.icon} category={spec.category} size={compact ? 18 : 16} />
              </span>
              {!compact && (
                <span className="type-item__text">
                  <span className="type-item__title">{spec.title[locale]}</span>
                  <span className="type-item__description">{spec.description[locale]}</span>
                </span>
              )}
            </button>
          ))}
        </section>
      ))}
    </div>
  );
}
