import { useMutation, useQueryClient } from '@tanstack/react-query';
import { downloadText } from '../app/download';
import { useErrorText } from '../app/error-text';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { useToast } from '../ui';
import { journeyFile, readJourneyFile } from './journey-file';
import type { JourneyListEntry } from './journey-types';
import { journeyMessages as m } from './messages';
import { useInvalidateJourneys } from './use-invalidate-journeys';

/** Export a journey's draft as a JSON file, and import one as a new draft; outcomes in a toast. */
export function useJourneyFiles() {
  const t = useT();
  const toast = useToast();
  const errorText = useErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const onSuccess = useInvalidateJourneys();
  const create = useMutation(trpc.journeys.create.mutationOptions({ onSuccess }));
  const fail = (error: unknown) => toast.show(t(m.actionFailed, { message: errorText(error) }), 'error');
  return {
    exportJson: async (journey: JourneyListEntry) => {
      try {
        const detail = await queryClient.fetchQuery({
          ...trpc.journeys.get.queryOptions({ journeyId: journey.id }),
          staleTime: 0,
        });
        const file = journeyFile(detail);
        downloadText(file.filename, file.text, 'application/json');
      } catch (error) {
        fail(error);
      }
    },
    importJson: async (file: File) => {
      const read = readJourneyFile(await file.text(), file.name);
      if (!read.ok) {
        toast.show(t(read.problem === 'not_json' ? m.importNotJson : m.importNotJourney, { file: file.name }), 'error');
        return;
      }
      create.mutate(
        { name: read.name, graph: read.graph },
        { onSuccess: (journey) => toast.show(t(m.imported, { name: journey.name }), 'success'), onError: fail },
      );
    },
    importing: create.isPending,
  };
}
