import { useT, type LocalizedText } from '../app/i18n';
import type { JourneyStatus } from './journey-types';
import { journeyMessages } from './messages';

/** Each status's name in every language. */
export const statusLabels: Readonly<Record<JourneyStatus, LocalizedText>> = {
  draft: journeyMessages.statusDraft,
  live: journeyMessages.statusLive,
  paused: journeyMessages.statusPaused,
  archived: journeyMessages.statusArchived,
};

/** A coloured pill with the journey's status. */
export function StatusBadge({ status }: { status: JourneyStatus }) {
  const t = useT();
  return (
    <span className={`status-pill status-${status}`} data-testid="journey-status" data-status={status}>
      <span className="status-dot" aria-hidden="true" />
      {t(statusLabels[status])}
    </span>
  );
}
