import { useT } from '../app/i18n';
import { Badge, type BadgeTone } from '../ui';
import type { ImportStatus } from './import-types';
import { progressMessages as p } from './progress-messages';

const looks: Record<ImportStatus, { tone: BadgeTone; text: (typeof p)[keyof typeof p] }> = {
  queued: { tone: 'neutral', text: p.statusQueued },
  running: { tone: 'info', text: p.statusRunning },
  paused: { tone: 'warning', text: p.statusPaused },
  completed: { tone: 'success', text: p.statusCompleted },
  cancelled: { tone: 'neutral', text: p.statusCancelled },
  failed: { tone: 'danger', text: p.statusFailed },
};

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const t = useT();
  const look = looks[status];
  return (
    <Badge tone={look.tone} dot data-testid="import-status" data-status={status}>
      {t(look.text)}
    </Badge>
  );
}
