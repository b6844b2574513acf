import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { segmentMessages as m } from './messages';

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
    <div className="page-actions">
      {archive.error && (
        <span className="segment-notice is-error" role="alert">
          {t(m.archiveFailed, { reason: archive.error.message })}
        </span>
      )}
      {segmentId !== undefined &&
        (confirming ? (
          <>
            <span className="muted">{t(m.archiveConfirm, { name })}</span>
            <button
              type="button"
              className="button secondary danger"
              data-testid="segment-archive-confirm"
              disabled={archive.isPending}
              onClick={() => archive.mutate({ id: segmentId })}
            >
              {t(m.archive)}
            </button>
            <button type="button" className="button ghost" onClick={() => setConfirming(false)}>
              {t(m.cancel)}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button secondary"
            data-testid="segment-archive"
            onClick={() => setConfirming(true)}
          >
            {t(m.archive)}
          </button>
        ))}
      <button type="submit" className="button primary" data-testid="segment-save" disabled={saving || !canSave}>
        {saving ? t(m.saving) : segmentId === undefined ? t(m.create) : t(m.save)}
      </button>
    </div>
  );
}
