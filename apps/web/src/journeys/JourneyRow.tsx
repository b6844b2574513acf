import { Link } from 'wouter';
import { format, useLocale, useT } from '../app/i18n';
import type { JourneyListEntry } from './journey-types';
import { insightMessages } from '../insights/messages';
import { journeyMessages } from './messages';
import { formatDateTime, formatRelativeTime } from './relative-time';
import { StatusBadge } from './StatusBadge';

export interface JourneyRowProps {
  journey: JourneyListEntry;
  now: number;
  busy: boolean;
  onRename: (journey: JourneyListEntry) => void;
  onDuplicate: (journey: JourneyListEntry) => void;
  onArchive: (journey: JourneyListEntry) => void;
}

/** One journey: its name opens the editor; the actions act on it in place. */
export function JourneyRow({ journey, now, busy, onRename, onDuplicate, onArchive }: JourneyRowProps) {
  const t = useT();
  const { locale } = useLocale();
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
          <span className="version-tag">{t(journeyMessages.versionNumber, { number: journey.liveVersionNumber })}</span>
        )}
      </td>
      <td className="cell-edited">
        <time dateTime={journey.updatedAt} title={formatDateTime(journey.updatedAt, locale)}>
          {formatRelativeTime(journey.updatedAt, now, locale, t(journeyMessages.justNow))}
        </time>
      </td>
      <td className="cell-actions">
        <div
          className="row-actions"
          role="group"
          aria-label={format(t(journeyMessages.actionsFor), { name: journey.name })}
        >
          {journey.liveVersionNumber !== null && (
            <Link href={`/journeys/${journey.id}/insights`} className="button ghost" data-testid="journey-insights">
              {t(insightMessages.open)}
            </Link>
          )}
          <button
            type="button"
            className="button ghost"
            data-testid="rename-journey"
            disabled={busy}
            onClick={() => onRename(journey)}
          >
            {t(journeyMessages.rename)}
          </button>
          <button
            type="button"
            className="button ghost"
            data-testid="duplicate-journey"
            disabled={busy}
            onClick={() => onDuplicate(journey)}
          >
            {t(journeyMessages.duplicate)}
          </button>
          {journey.status === 'archived' ? null : (
            <button
              type="button"
              className="button ghost danger"
              data-testid="archive-journey"
              disabled={busy}
              onClick={() => onArchive(journey)}
            >
              {t(journeyMessages.archive)}
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}
