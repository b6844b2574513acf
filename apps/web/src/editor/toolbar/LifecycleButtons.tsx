import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n';
import { useTRPC } from '../../app/trpc';
import { editorMessages } from '../messages';
import type { JourneyStatus } from '../persistence/use-journey-meta';

/** Pause (live journeys) and resume (paused ones): new entrants stop or start again. */
export function LifecycleButtons({ journeyId, status }: { journeyId: string; status: JourneyStatus }) {
  const t = useT();
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
        <button
          type="button"
          data-testid="pause"
          disabled={pause.isPending}
          onClick={() => pause.mutate({ journeyId })}
        >
          ⏸ {t(editorMessages.pause)}
        </button>
      )}
      {status === 'paused' && (
        <button
          type="button"
          data-testid="resume"
          disabled={resume.isPending}
          onClick={() => resume.mutate({ journeyId })}
        >
          ▶ {t(editorMessages.resume)}
        </button>
      )}
      {failure && (
        <span className="toolbar__error" role="alert">
          {t(editorMessages.statusChangeFailed, { message: failure.message })}
        </span>
      )}
    </>
  );
}
