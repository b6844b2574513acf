import { useMutation } from '@tanstack/react-query';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { copyNameFor } from './journey-filters';
import type { JourneyListEntry } from './journey-types';
import { journeyMessages } from './messages';
import { useInvalidateJourneys } from './use-invalidate-journeys';
import type { Notice } from './use-notice';

/** Duplicate and archive, run straight from a row; each reports its outcome as a notice. */
export function useRowActions(notify: (notice: Notice) => void) {
  const t = useT();
  const trpc = useTRPC();
  const onSuccess = useInvalidateJourneys();
  const duplicate = useMutation(trpc.journeys.duplicate.mutationOptions({ onSuccess }));
  const archive = useMutation(trpc.journeys.archive.mutationOptions({ onSuccess }));
  const onError = (error: { message: string }) =>
    notify({ tone: 'error', text: t(journeyMessages.actionFailed, { message: error.message }) });
  return {
    duplicate: (journey: JourneyListEntry) =>
      duplicate.mutate(
        { journeyId: journey.id, name: copyNameFor(journey.name, t(journeyMessages.copyName)) },
        {
          onSuccess: (copy) => notify({ tone: 'info', text: t(journeyMessages.duplicated, { name: copy.name }) }),
          onError,
        },
      ),
    archive: (journey: JourneyListEntry) =>
      archive.mutate(
        { journeyId: journey.id },
        {
          onSuccess: () => notify({ tone: 'info', text: t(journeyMessages.archived, { name: journey.name }) }),
          onError,
        },
      ),
    /** The journey an action is running on. */
    busyId: duplicate.isPending
      ? (duplicate.variables?.journeyId ?? null)
      : archive.isPending
        ? (archive.variables?.journeyId ?? null)
        : null,
  };
}
