import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { journeyGraphSchema } from '@wayfarer/journey';
import { useTRPC } from '../app/trpc';
import { EnrollmentPath } from './analytics/EnrollmentPath';
import { editorDeps } from './editor-deps';
import { EditorShell } from './EditorShell';
import { PageStatus } from './PageStatus';
import { ReadonlyBanner } from './persistence/ReadonlyBanner';
import { useJourneyMeta } from './persistence/use-journey-meta';
import { useEditorShortcuts } from './shortcuts/use-editor-shortcuts';
import { SimulationPanel } from './simulation/SimulationPanel';
import { createEditorStore } from './store/editor-store';
import { Toolbar } from './toolbar/Toolbar';
import { useLiveValidation } from './validation/use-live-validation';

interface VersionData {
  id: string;
  number: number;
  publishedAt: string;
  graph: unknown;
}

function VersionWorkspace({
  journeyId,
  name,
  draftRevision,
  version,
}: {
  journeyId: string;
  name: string;
  draftRevision: number;
  version: VersionData;
}) {
  const [store] = useState(() =>
    createEditorStore(editorDeps, {
      doc: { graph: journeyGraphSchema.parse(version.graph), name },
      revision: draftRevision,
      readOnly: true,
    }),
  );
  useLiveValidation(store);
  // Copy works read-only: steps of an old version can be pasted into the draft.
  useEditorShortcuts(store);
  const meta = useJourneyMeta(journeyId);
  const toolbar = (
    <Toolbar
      journeyId={journeyId}
      status={meta?.status}
      liveVersionId={meta?.liveVersionId ?? null}
      versionId={version.id}
    />
  );
  const banner = (
    <ReadonlyBanner journeyId={journeyId} version={version} draftRevision={meta?.draftRevision ?? draftRevision} />
  );
  return (
    <EditorShell
      store={store}
      toolbar={toolbar}
      banner={banner}
      insight={<SimulationPanel journeyId={journeyId} source={{ kind: 'version', versionId: version.id }} />}
      canvasTop={<EnrollmentPath />}
    />
  );
}

/** A published version, read-only. */
export function VersionViewer({ journeyId, versionId }: { journeyId: string; versionId: string }) {
  const trpc = useTRPC();
  const journey = useQuery({ ...trpc.journeys.get.queryOptions({ journeyId }), refetchOnWindowFocus: false });
  const version = useQuery(trpc.journeys.version.queryOptions({ versionId }));
  if (journey.isError || version.isError) return <PageStatus error={journey.error ?? version.error} />;
  if (journey.isPending || version.isPending) return <PageStatus />;
  return (
    <VersionWorkspace
      journeyId={journeyId}
      name={journey.data.name}
      draftRevision={journey.data.draftRevision}
      version={version.data}
    />
  );
}
