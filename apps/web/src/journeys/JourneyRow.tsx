import { Archive, ChartColumn, Copy, Download, Ellipsis, Pencil } from 'lucide-react';
import { Link } from 'wouter';
import { useLocale, useT } from '../app/i18n';
import { insightMessages } from '../insights/messages';
import { Badge, ButtonLink, Menu } from '../ui';
import type { JourneyListEntry } from './journey-types';
import { journeyMessages } from './messages';
import { formatDateTime, formatRelativeTime } from './relative-time';
import { StatusBadge } from './StatusBadge';

export interface JourneyRowProps {
  journey: JourneyListEntry;
  now: number;
  busy: boolean;
  onRename: (journey: JourneyListEntry) => void;
  onDuplicate: (journey: JourneyListEntry) => void;
  onExport: (journey: JourneyListEntry) => void;
  onArchive: (journey: JourneyListEntry) => void;
}

/** One journey: its name opens the editor; the actions act on it in place. */
export function JourneyRow({ journey, now, busy, onRename, onDuplicate, onExport, onArchive }: JourneyRowProps) {
  const t = useT();
  const { locale } = useLocale();
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
      </td>
      <td>
        <StatusBadge status={journey.status} />
      </td>
      <td className="cell-version">
        {journey.liveVersionNumber === null ? (
          <span className="muted">{t(journeyMessages.notPublished)}</span>
        ) : (
          <Badge>{t(journeyMessages.versionNumber, { number: journey.liveVersionNumber })}</Badge>
        )}
      </td>
      <td className="cell-edited muted">
        <time dateTime={journey.updatedAt} title={formatDateTime(journey.updatedAt, locale)}>
          {formatRelativeTime(journey.updatedAt, now, locale, t(journeyMessages.justNow))}
        </time>
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
