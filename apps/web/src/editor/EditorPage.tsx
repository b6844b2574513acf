/** Placeholder until the editor lands. `versionId` opens an old version read-only. */
export function EditorPage({ journeyId, versionId }: { journeyId: string; versionId?: string }) {
  return (
    <main>
      Editor for {journeyId} {versionId ?? ''}
    </main>
  );
}
