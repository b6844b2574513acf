import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Pause, Play } from 'lucide-react';
import { useT } from '../../app/i18n';
import { useTRPC } from '../../app/trpc';
import { Button } from '../../ui';
import { editorMessages } from '../messages';
import type { JourneyStatus } from '../persistence/use-journey-meta';
import { useErrorText } from '../../app/error-text';

/** Pause (live journeys) and resume (paused ones): new entrants stop or start again. */
export function LifecycleButtons({ journeyId, status }: { journeyId: string; status: JourneyStatus }) {
  const t = useT();
  const errorText = useErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.journeys.get.queryKey({ journeyId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.journeys.list.queryKey() }),
    ]);
  const pause = useMutation(trpc.journeys.pause.mutationOptions({ onSuccess: refresh }));
  const resume = useMutation(trpc.journeys.resume.mutationOptions({ onSuccess: refresh }));
  const failure = pause.error ?? resume.error;
  return (
    <>
      {status === 'live' && (
        <Button
          icon={Pause}
          collapsible
          className="lifecycle-action"
          data-testid="pause"
          disabled={pause.isPending}
          onClick={() => pause.mutate({ journeyId })}
        >
          {t(editorMessages.pause)}
        </Button>
      )}
      {status === 'paused' && (
        <Button
          icon={Play}
          collapsible
          className="lifecycle-action"
          data-testid="resume"
          disabled={resume.isPending}
          onClick={() => resume.mutate({ journeyId })}
        >
          {t(editorMessages.resume)}
        </Button>
      )}
      {failure && (
        <span className="toolbar__error" role="alert" title={errorText(failure)}>
          {t(editorMessages.statusChangeFailed, { message: errorText(failure) })}
        </span>
      )}
    </>
  );
}
