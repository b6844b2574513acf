import { useMutation } from '@tanstack/react-query';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { useToast } from '../ui';
import { copyNameFor } from './journey-filters';
import type { JourneyListEntry } from './journey-types';
import { journeyMessages } from './messages';
import { useInvalidateJourneys } from './use-invalidate-journeys';
import { useErrorText } from '../app/error-text';

/** Duplicate and archive, run straight from a row; each reports its outcome in a toast. */
export function useRowActions() {
  const t = useT();
  const toast = useToast();
  const errorText = useErrorText();
  const trpc = useTRPC();
  const onSuccess = useInvalidateJourneys();
  const duplicate = useMutation(trpc.journeys.duplicate.mutationOptions({ onSuccess }));
  const archive = useMutation(trpc.journeys.archive.mutationOptions({ onSuccess }));
  const onError = (error: unknown) =>
    toast.show(t(journeyMessages.actionFailed, { message: errorText(error) }), 'error');
  return {
    duplicate: (journey: JourneyListEntry) =>
      duplicate.mutate(
        { journeyId: journey.id, name: copyNameFor(journey.name, t(journeyMessages.copyName)) },
        { onSuccess: (copy) => toast.show(t(journeyMessages.duplicated, { name: copy.name }), 'success'), onError },
      ),
    archive: (journey: JourneyListEntry) =>
      archive.mutate(
        { journeyId: journey.id },
        { onSuccess: () => toast.show(t(journeyMessages.archived, { name: journey.name }), 'success'), onError },
      ),
    /** The journey an action is running on. */
    busyId: duplicate.isPending
      ? (duplicate.variables?.journeyId ?? null)
      : archive.isPending
        ? (archive.variables?.journeyId ?? null)
        : null,
  };
}
