// A page opened straight from its address (a link to a journey) need not wait for the sign-in check,
// nor for the app's own code, before it fetches its code and its data: the early entry
// (../open-early.ts) starts both while the app is still downloading (bench: editor open).
import type { QueryClient } from '@tanstack/react-query';
import type { TRPCClient } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { AppRouter } from '@wayfarer/server';
import { adoptApiKeyFromUrl } from './api-key';
import { editorAddress, loadEditor } from './editor-address';
import { createApiClient, createQueryClient } from './trpc';

export interface AppClients {
  queryClient: QueryClient;
  trpcClient: TRPCClient<AppRouter>;
}

/**
 * Starts loading what the addressed page needs: the editor's code and, for a draft, the journey
 * (its query is the one DraftEditor reads, so it finds the answer there). A visitor who is not
 * signed in gets a refusal here that changes nothing: the editor asks again once it mounts.
 */
function prefetchOpeningPage({ queryClient, trpcClient }: AppClients): void {
  const address = editorAddress(window.location.pathname);
  if (address === undefined) return;
  void loadEditor();
  if (address.versionId !== undefined) return;
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
  void queryClient.prefetchQuery(trpc.journeys.get.queryOptions({ journeyId: address.journeyId }));
}

let clients: AppClients | undefined;

/**
 * The page's query and tRPC clients, made on the first call, which also adopts an API key given in
 * the address and starts loading the addressed page: the early entry makes that call, the app reuses
 * its answer.
 */
export function openingClients(): AppClients {
  if (clients === undefined) {
    adoptApiKeyFromUrl();
    clients = { queryClient: createQueryClient(), trpcClient: createApiClient() };
    prefetchOpeningPage(clients);
  }
  return clients;
}
