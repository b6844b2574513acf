import { describe, expect, it } from 'vitest';
import { chain } from '../graph/test-graph';
import { chooseStartingPoint } from './local-backup';

const server = { doc: { graph: chain(), name: 'Welcome' }, revision: 4 };

describe('chooseStartingPoint', () => {
  it('opens the server draft when there is no backup, or the backup holds the same document', () => {
    expect(chooseStartingPoint(server, null)).toMatchObject({ doc: server.doc, restored: false, conflict: false });
    const same = { baseRevision: 3, doc: JSON.parse(JSON.stringify(server.doc)) as typeof server.doc };
    expect(chooseStartingPoint(server, same)).toMatchObject({ doc: server.doc, restored: false });
  });

  it('restores unsaved edits made on the current revision', () => {
    const edits = { baseRevision: 4, doc: { ...server.doc, name: 'Renamed' } };
    expect(chooseStartingPoint(server, edits)).toMatchObject({
      doc: edits.doc,
      savedDoc: server.doc,
      restored: true,
      conflict: false,
    });
  });

  it('restores edits made on an older revision in conflict', () => {
    const stale = { baseRevision: 2, doc: { ...server.doc, name: 'Renamed' } };
    expect(chooseStartingPoint(server, stale)).toMatchObject({
      doc: stale.doc,
      restored: true,
      conflict: true,
      revision: 4,
    });
  });
});
