import { useT, type LocalizedText } from '../app/i18n';
import { Badge, type BadgeTone } from '../ui';
import type { JourneyStatus } from './journey-types';
import { journeyMessages } from './messages';

/** Each status's name in every language. */
export const statusLabels: Readonly<Record<JourneyStatus, LocalizedText>> = {
  draft: journeyMessages.statusDraft,
  live: journeyMessages.statusLive,
  paused: journeyMessages.statusPaused,
  archived: journeyMessages.statusArchived,
};

export const statusTones: Readonly<Record<JourneyStatus, BadgeTone>> = {
  draft: 'neutral',
  live: 'success',
  paused: 'warning',
  archived: 'neutral',
};

/** A coloured pill with the journey's status. */
export function StatusBadge({ status }: { status: JourneyStatus }) {
  const t = useT();
  return (
    <Badge tone={statusTones[status]} dot data-testid="journey-status" data-status={status}>
      {t(statusLabels[status])}
    </Badge>
  );
}
