import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLocation } from 'wouter';
import { useLocale } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import type { setupRequest } from './setup-choices';
import type { TemplateSummary } from './template-types';

/** Creates a journey from a template, named and written in the UI language, then opens the editor. */
export function useCreateFromTemplate() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { locale } = useLocale();
  const [, navigate] = useLocation();
  const mutation = useMutation(
    trpc.journeys.createFromTemplate.mutationOptions({
      onSuccess: async (journey) => {
        await queryClient.invalidateQueries({ queryKey: trpc.journeys.list.queryKey() });
        navigate(`/journeys/${journey.id}`);
      },
    }),
  );
  return {
    create: (template: TemplateSummary, choices: ReturnType<typeof setupRequest>) =>
      mutation.mutate({ templateId: template.id, name: template.name[locale], locale, ...choices }),
    /** The template being created from, while its request runs. */
    pendingId: mutation.isPending ? (mutation.variables?.templateId ?? null) : null,
    failed: mutation.isError ? { templateId: mutation.variables?.templateId, error: mutation.error } : null,
  };
}
