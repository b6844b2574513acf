import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../app/trpc';
import { EnrollmentPath } from './analytics/EnrollmentPath';
import { BroadcastButton } from './broadcast';
import { editorDeps } from './editor-deps';
import { EditorShell } from './EditorShell';
import { PageStatus } from './PageStatus';
import { ConflictBanner } from './persistence/ConflictBanner';
import { chooseStartingPoint, readBackup } from './persistence/local-backup';
import { toDocument } from './persistence/open-draft';
import { useAutosave } from './persistence/use-autosave';
import { useJourneyMeta } from './persistence/use-journey-meta';
import { useEditorShortcuts } from './shortcuts/use-editor-shortcuts';
import { SimulationPanel } from './simulation/SimulationPanel';
import { createEditorStore } from './store/editor-store';
import { LifecycleButtons } from './toolbar/LifecycleButtons';
import { PublishButton } from './toolbar/PublishButton';
import { SaveStatus } from './toolbar/StatusBadges';
import { Toolbar } from './toolbar/Toolbar';
import { useLiveValidation } from './validation/use-live-validation';
import { useWorkspaceValidation } from './validation/use-workspace-validation';

interface DraftJourney {
  id: string;
  name: string;
  draftRevision: number;
  draft: unknown;
}

function openStore(journey: DraftJourney) {
  const server = { doc: toDocument(journey, editorDeps.catalog.registry), revision: journey.draftRevision };
  const start = chooseStartingPoint(server, readBackup(journey.id));
  return createEditorStore(editorDeps, {
    doc: start.doc,
    savedDoc: start.savedDoc,
    revision: start.revision,
    conflict: start.conflict,
    readOnly: false,
  });
}

const DRAFT = { kind: 'draft' } as const;

/** The draft being edited: one store for the page's life, autosaved, validated as it changes. */
function DraftWorkspace({ journey }: { journey: DraftJourney }) {
  const [store] = useState(() => openStore(journey));
  const autosave = useAutosave(store, journey.id);
  useLiveValidation(store);
  useWorkspaceValidation(store);
  useEditorShortcuts(store);
  const meta = useJourneyMeta(journey.id);
  const liveVersionId = meta?.liveVersionId ?? null;
  const toolbar = (
    <Toolbar
      journeyId={journey.id}
      status={meta?.status}
      liveVersionId={liveVersionId}
      saveSlot={<SaveStatus />}
      actions={
        <>
          {meta?.status === 'live' && <BroadcastButton journeyId={journey.id} liveVersionId={liveVersionId} />}
          {meta && <LifecycleButtons journeyId={journey.id} status={meta.status} />}
          <PublishButton
            journeyId={journey.id}
            liveVersionId={liveVersionId}
            autosave={autosave}
            disabled={meta?.status === 'archived'}
          />
        </>
      }
    />
  );
  return (
    <EditorShell
      store={store}
      toolbar={toolbar}
      banner={<ConflictBanner autosave={autosave} />}
      insight={<SimulationPanel journeyId={journey.id} source={DRAFT} />}
      canvasTop={<EnrollmentPath />}
    />
  );
}

/** Loads the journey, then opens its draft. */
export function DraftEditor({ journeyId }: { journeyId: string }) {
  const trpc = useTRPC();
  const journey = useQuery({ ...trpc.journeys.get.queryOptions({ journeyId }), refetchOnWindowFocus: false });
  if (journey.isPending) return <PageStatus />;
  if (journey.isError) return <PageStatus error={journey.error} />;
  return <DraftWorkspace journey={journey.data} />;
}
