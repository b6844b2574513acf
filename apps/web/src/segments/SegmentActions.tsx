import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { segmentMessages as m } from './messages';
import { Archive } from 'lucide-react';
import { Button, ConfirmDialog } from '../ui';
import { ErrorNotice } from '../app/ErrorNotice';

interface SegmentActionsProps {
  segmentId: string | undefined;
  name: string;
  saving: boolean;
  /** False while the rule is unfinished: the server would refuse it. */
  canSave: boolean;
  onArchived: () => void;
}

/** Save (the form's submit) and archive, which asks first, in place rather than in a browser dialog. */
export function SegmentActions({ segmentId, name, saving, canSave, onArchived }: SegmentActionsProps) {
  const t = useT();
  const trpc = useTRPC();
  const [confirming, setConfirming] = useState(false);
  const archive = useMutation(trpc.segments.archive.mutationOptions({ onSuccess: onArchived }));
  return (
    <div className="ui-page__actions">
      {archive.error && <ErrorNotice error={archive.error} lead={m.archiveFailed} />}
      {segmentId !== undefined && (
        <Button variant="danger-ghost" icon={Archive} data-testid="segment-archive" onClick={() => setConfirming(true)}>
          {t(m.archive)}
        </Button>
      )}
      <Button type="submit" variant="primary" data-testid="segment-save" disabled={saving || !canSave}>
        {saving ? t(m.saving) : segmentId === undefined ? t(m.create) : t(m.save)}
      </Button>
      <ConfirmDialog
        isOpen={confirming}
        title={t(m.archiveConfirm, { name })}
        confirmLabel={t(m.archive)}
        cancelLabel={t(m.cancel)}
        tone="danger"
        pending={archive.isPending}
        confirmTestId="segment-archive-confirm"
        onCancel={() => setConfirming(false)}
        onConfirm={() => segmentId !== undefined && archive.mutate({ id: segmentId })}
      />
    </div>
  );
}
