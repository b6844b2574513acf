import { DraftEditor } from './DraftEditor';
import { VersionViewer } from './VersionViewer';

/** The journey editor. With `versionId` it shows that published version read-only. */
export function EditorPage({ journeyId, versionId }: { journeyId: string; versionId?: string }) {
  // Keys give each journey and version its own store (and undo history).
  return versionId === undefined ? (
    <DraftEditor key={journeyId} journeyId={journeyId} />
  ) : (
    <VersionViewer key={versionId} journeyId={journeyId} versionId={versionId} />
  );
}
