// A page opened straight from its address (a link to a journey) need not wait for the sign-in check
// before it fetches its code and its data: both start at once, beside that check (bench: editor open).
import type { QueryClient } from '@tanstack/react-query';
import type { TRPCClient } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { AppRouter } from '@wayfarer/server';

/** The editor's code (React Flow, forms, Liquid): loaded on demand, once. */
export const loadEditor = () => import('../editor');

/** The journey and version an editor address opens, if the address is one. */
export function editorAddress(pathname: string): { journeyId: string; versionId?: string } | undefined {
  const match = /^\/journeys\/([^/]+)(?:\/versions\/([^/]+))?\/?$/.exec(pathname);
  if (match?.[1] === undefined) return undefined;
  return match[2] === undefined ? { journeyId: match[1] } : { journeyId: match[1], versionId: match[2] };
}

/**
 * Starts loading what the addressed page needs: the editor's code and, for a draft, the journey
 * (its query is the one DraftEditor reads, so it finds the answer there). A visitor who is not
 * signed in gets a refusal here that changes nothing: the editor asks again once it mounts.
 */
export function prefetchOpeningPage(queryClient: QueryClient, client: TRPCClient<AppRouter>): void {
  const address = editorAddress(window.location.pathname);
  if (address === undefined) return;
  void loadEditor();
  if (address.versionId !== undefined) return;
  const trpc = createTRPCOptionsProxy<AppRouter>({ client, queryClient });
  void queryClient.prefetchQuery(trpc.journeys.get.queryOptions({ journeyId: address.journeyId }));
}
