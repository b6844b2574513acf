import { useQuery } from '@tanstack/react-query';
import { useTRPCClient } from '../app/trpc';
import type { PreviewRequest } from './template-types';
import { useDebouncedValue } from '../journeys/use-debounced-value';

/** The server's rendering of `request` for its customer, refreshed as the content settles. */
export function useMessagePreview(request: PreviewRequest | undefined) {
  const client = useTRPCClient();
  const settled = useDebouncedValue(request, 300);
  return useQuery({
    queryKey: ['messageTemplates.preview', settled],
    queryFn: () => client.messageTemplates.preview.mutate(settled as PreviewRequest),
    enabled: settled !== undefined,
    staleTime: 0,
    retry: false,
    // The last rendering stays on screen while the next one is on its way.
    placeholderData: (previous) => previous,
  });
}
