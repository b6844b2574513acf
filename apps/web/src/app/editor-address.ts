// Which addresses open the editor, and the editor's code: shared by the app and by the early entry
// (../open-early.ts), so it imports nothing else.

/** The editor's code (React Flow, forms, Liquid): loaded on demand, once. */
export const loadEditor = () => import('../editor');

/** The journey and version an editor address opens, if the address is one. */
export function editorAddress(pathname: string): { journeyId: string; versionId?: string } | undefined {
  const match = /^\/journeys\/([^/]+)(?:\/versions\/([^/]+))?\/?$/.exec(pathname);
  if (match?.[1] === undefined) return undefined;
  return match[2] === undefined ? { journeyId: match[1] } : { journeyId: match[1], versionId: match[2] };
}
