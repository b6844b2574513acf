import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { insightMessages as m } from './messages';

/** "Remove from journey", asking first in an inline dialog; repeat-safe on the server. */
export function RemoveEnrollment({
  enrollmentId,
  name,
  running,
}: {
  enrollmentId: string;
  name: string;
  /** Only a running enrollment can be removed; the notice stays after the refetch shows it ended. */
  running: boolean;
}) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation(
    trpc.enrollments.remove.mutationOptions({
      onSuccess: async () => {
        setConfirming(false);
        // The workflow records the exit on its own time; what is loaded now may still be from before.
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.enrollments.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.analytics.pathKey() }),
        ]);
      },
    }),
  );
  if (remove.data) {
    return (
      <p className="insights-notice" role="status" data-testid="enrollment-removed">
        {t(remove.data.alreadyEnded === true ? m.alreadyEnded : m.removed)}
      </p>
    );
  }
  if (!running) return null;
  return (
    <div className="remove-enrollment">
      {remove.error && (
        <p className="insights-error" role="alert">
          {t(m.removeFailed, { message: remove.error.message })}
        </p>
      )}
      {confirming ? (
        <div className="confirm-dialog" role="alertdialog" aria-label={t(m.remove)} data-testid="remove-confirm-dialog">
          <p>{t(m.removeConfirm, { name })}</p>
          <div className="confirm-dialog__actions">
            <button type="button" className="insights-button" onClick={() => setConfirming(false)}>
              {t(m.cancel)}
            </button>
            <button
              type="button"
              className="insights-button is-danger"
              data-testid="remove-confirm"
              disabled={remove.isPending}
              onClick={() => remove.mutate({ enrollmentId })}
            >
              {t(m.remove)}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="insights-button is-danger"
          data-testid="remove-enrollment"
          onClick={() => setConfirming(true)}
        >
          {t(m.remove)}
        </button>
      )}
    </div>
  );
}
