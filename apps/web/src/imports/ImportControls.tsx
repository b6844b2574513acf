import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Pause, Play, X } from 'lucide-react';
import { useState } from 'react';
import { useErrorText } from '../app/error-text';
import { useT } from '../app/i18n';
import { useTRPC, useTRPCClient } from '../app/trpc';
import { Button, ConfirmDialog, useToast } from '../ui';
import type { ImportJob } from './import-types';
import { progressMessages as p } from './progress-messages';

type Change = 'pause' | 'resume' | 'cancel';

/** Pause, resume and cancel a job that has not ended; each shows the job as the server now has it. */
export function ImportControls({ job }: { job: ImportJob }) {
  const t = useT();
  const errorText = useErrorText();
  const toast = useToast();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const change = useMutation({
    mutationFn: (what: Change) => client.imports[what].mutate({ id: job.id }),
    onSuccess: (updated) => {
      queryClient.setQueryData(trpc.imports.get.queryKey({ id: job.id }), updated);
      setConfirming(false);
    },
    onError: (error) => toast.show(t(p.changeFailed, { reason: errorText(error) }), 'error'),
  });
  const running = job.status === 'queued' || job.status === 'running';
  if (!running && job.status !== 'paused') return null;
  return (
    <>
      {running ? (
        <Button
          icon={Pause}
          disabled={change.isPending}
          onClick={() => change.mutate('pause')}
          data-testid="import-pause"
        >
          {t(p.pause)}
        </Button>
      ) : (
        <Button
          icon={Play}
          disabled={change.isPending}
          onClick={() => change.mutate('resume')}
          data-testid="import-resume"
        >
          {t(p.resume)}
        </Button>
      )}
      <Button
        variant="danger-ghost"
        icon={X}
        disabled={change.isPending}
        onClick={() => setConfirming(true)}
        data-testid="import-cancel"
      >
        {t(p.cancel)}
      </Button>
      <ConfirmDialog
        isOpen={confirming}
        title={t(p.cancelTitle)}
        body={t(p.cancelBody)}
        confirmLabel={t(p.cancelConfirm)}
        cancelLabel={t(p.keepGoing)}
        tone="danger"
        pending={change.isPending}
        onConfirm={() => change.mutate('cancel')}
        onCancel={() => setConfirming(false)}
        confirmTestId="import-cancel-confirm"
      />
    </>
  );
}
