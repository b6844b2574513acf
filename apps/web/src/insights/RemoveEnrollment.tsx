import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { insightMessages as m } from './messages';
import { UserX } from 'lucide-react';
import { Button, ConfirmDialog } from '../ui';
import { ErrorNotice } from '../app/ErrorNotice';

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
      {remove.error && <ErrorNotice error={remove.error} lead={m.removeFailed} />}
      <Button variant="danger-ghost" icon={UserX} data-testid="remove-enrollment" onClick={() => setConfirming(true)}>
        {t(m.remove)}
      </Button>
      <ConfirmDialog
        isOpen={confirming}
        title={t(m.remove)}
        body={t(m.removeConfirm, { name })}
        confirmLabel={t(m.remove)}
        cancelLabel={t(m.cancel)}
        tone="danger"
        pending={remove.isPending}
        testId="remove-confirm-dialog"
        confirmTestId="remove-confirm"
        onCancel={() => setConfirming(false)}
        onConfirm={() => remove.mutate({ enrollmentId })}
      />
    </div>
  );
}
