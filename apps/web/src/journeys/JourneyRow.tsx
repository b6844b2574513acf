import { Archive, ChartColumn, Copy, Download, Ellipsis, Pencil, Tags } from 'lucide-react';
import { Link } from 'wouter';
import { useLocale, useT } from '../app/i18n';
import { insightMessages } from '../insights/messages';
import { Badge, ButtonLink, Menu } from '../ui';
import type { JourneyListEntry } from './journey-types';
import type { JourneyStats } from './use-journey-stats';
import { journeyMessages } from './messages';
import { formatDateTime, formatRelativeTime } from './relative-time';
import { StatusBadge } from './StatusBadge';

export interface JourneyRowProps {
  journey: JourneyListEntry;
  /** Absent while the counts load. */
  stats: JourneyStats | undefined;
  now: number;
  busy: boolean;
  onRename: (journey: JourneyListEntry) => void;
  onEditTags: (journey: JourneyListEntry) => void;
  /** Narrows the list to journeys with this tag. */
  onTagFilter: (tag: string) => void;
  onDuplicate: (journey: JourneyListEntry) => void;
  onExport: (journey: JourneyListEntry) => void;
  onArchive: (journey: JourneyListEntry) => void;
}

/** One journey: its name opens the editor; the actions act on it in place. */
export function JourneyRow({
  journey,
  stats,
  now,
  busy,
  onRename,
  onEditTags,
  onTagFilter,
  onDuplicate,
  onExport,
  onArchive,
}: JourneyRowProps) {
  const t = useT();
  const { locale } = useLocale();
  const count = (value: number | undefined) =>
    value === undefined ? '–' : new Intl.NumberFormat(locale).format(value);
  const actions = [
    {
      id: 'rename',
      label: t(journeyMessages.rename),
      icon: Pencil,
      disabled: busy,
      testId: 'rename-journey',
      onAction: () => onRename(journey),
    },
    {
      id: 'tags',
      label: t(journeyMessages.editTags),
      icon: Tags,
      disabled: busy,
      testId: 'edit-tags',
      onAction: () => onEditTags(journey),
    },
    {
      id: 'duplicate',
      label: t(journeyMessages.duplicate),
      icon: Copy,
      disabled: busy,
      testId: 'duplicate-journey',
      onAction: () => onDuplicate(journey),
    },
    {
      id: 'export',
      label: t(journeyMessages.exportJson),
      icon: Download,
      testId: 'export-journey',
      onAction: () => onExport(journey),
    },
  ];
  const danger =
    journey.status === 'archived'
      ? []
      : [
          {
            id: 'archive',
            label: t(journeyMessages.archive),
            icon: Archive,
            danger: true,
            disabled: busy,
            testId: 'archive-journey',
            onAction: () => onArchive(journey),
          },
        ];
  return (
    <tr data-testid="journey-row" data-journey-id={journey.id} data-status={journey.status}>
      <td className="cell-name">
        <Link href={`/journeys/${journey.id}`} className="journey-link">
          {journey.name}
        </Link>
        {journey.tags.length > 0 && (
          <ul className="tag-chips" aria-label={t(journeyMessages.tagsLabel)} data-testid="journey-tags">
            {journey.tags.map((tag) => (
              <li key={tag}>
                <button
                  type="button"
                  className="tag-chip tag-chip--button"
                  data-tag={tag}
                  title={t(journeyMessages.showTagged, { tag })}
                  onClick={() => onTagFilter(tag)}
                >
                  {tag}
                </button>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className="cell-status">
        <StatusBadge status={journey.status} />
        {journey.liveVersionNumber !== null && (
          <Badge>{t(journeyMessages.versionNumber, { number: journey.liveVersionNumber })}</Badge>
        )}
      </td>
      <td className="cell-count" data-testid="journey-entered">
        {count(stats?.entered)}
      </td>
      <td className="cell-count" data-testid="journey-active">
        {count(stats?.active)}
      </td>
      <td className="cell-count" data-testid="journey-converted">
        {count(stats?.converted)}
      </td>
      <td className="cell-edited muted">
        <time dateTime={journey.updatedAt} title={formatDateTime(journey.updatedAt, locale)}>
          {formatRelativeTime(journey.updatedAt, now, locale, t(journeyMessages.justNow))}
        </time>
        {stats?.lastEditedBy && (
          <span className="cell-edited__by" data-testid="journey-edited-by">
            {editorText(stats.lastEditedBy, t)}
          </span>
        )}
      </td>
      <td className="ui-table__actions">
        <div className="row-actions">
          {journey.liveVersionNumber !== null && (
            <ButtonLink
              href={`/journeys/${journey.id}/insights`}
              variant="ghost"
              size="sm"
              icon={ChartColumn}
              data-testid="journey-insights"
            >
              {t(insightMessages.open)}
            </ButtonLink>
          )}
          <Menu
            label={t(journeyMessages.actionsFor, { name: journey.name })}
            icon={Ellipsis}
            iconOnly
            variant="ghost"
            size="sm"
            testId="journey-actions"
            groups={[
              { id: 'edit', items: actions },
              { id: 'danger', items: danger },
            ]}
          />
        </div>
      </td>
    </tr>
  );
}

/** Who made the latest change, in words: a member's name, an API key's, or Wayfarer itself. */
function editorText(editor: NonNullable<JourneyStats['lastEditedBy']>, t: ReturnType<typeof useT>): string {
  if (editor.type === 'system') return t(journeyMessages.editedBySystem);
  if (editor.name === null) return t(journeyMessages.editedByRemoved);
  return t(editor.type === 'api_key' ? journeyMessages.editedByApiKey : journeyMessages.editedBy, {
    name: editor.name,
  });
}
