import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { useTRPC, useTRPCClient } from '../../app/trpc';
import type { EditorStore } from '../store/editor-store';
import { saveStateOf } from '../store/save-slice';
import { errorCode } from './api-errors';
import { createAutosaver, type Autosaver, type DraftApi } from './autosaver';
import { clearBackup, writeBackup } from './local-backup';
import { toDocument } from './open-draft';

function useDraftApi(store: EditorStore, journeyId: string): DraftApi {
  const client = useTRPCClient();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMemo(
    () => ({
      save: ({ graph, name, expectedRevision }) =>
        client.journeys.saveDraft.mutate({ journeyId, graph, expectedRevision, name }),
      latest: async () => {
        const journey = await queryClient.fetchQuery({
          ...trpc.journeys.get.queryOptions({ journeyId }),
          staleTime: 0,
        });
        return { doc: toDocument(journey, store.getState().catalog.registry), revision: journey.draftRevision };
      },
      isConflict: (error) => errorCode(error) === 'CONFLICT',
    }),
    [client, trpc, queryClient, store, journeyId],
  );
}

/**
 * Autosaves the draft while the editor is open (see `createAutosaver`), warns before leaving with
 * unsaved edits and backs them up when the page goes away. The returned object is stable.
 */
export function useAutosave(store: EditorStore, journeyId: string): Autosaver {
  const api = useDraftApi(store, journeyId);
  const current = useRef<Autosaver | null>(null);
  useEffect(() => {
    const saver = createAutosaver(store, api, {
      write: (backup) => writeBackup(journeyId, backup),
      clear: () => clearBackup(journeyId),
    });
    current.current = saver;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      saver.backupNow();
      if (store.getState().doc !== store.getState().savedDoc) event.preventDefault();
    };
    const onPageHide = () => saver.backupNow();
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', onPageHide);
      saver.dispose();
      current.current = null;
    };
  }, [store, api, journeyId]);
  return useMemo(() => {
    const idle = async () => saveStateOf(store.getState());
    return {
      flush: () => current.current?.flush() ?? idle(),
      reload: () => current.current?.reload() ?? Promise.resolve(),
      overwrite: () => current.current?.overwrite() ?? idle(),
      backupNow: () => current.current?.backupNow(),
      dispose: () => current.current?.dispose(),
    };
  }, [store]);
}
