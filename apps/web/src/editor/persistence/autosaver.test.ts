import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { moveNodes } from '../graph/node-ops';
import { chain } from '../graph/test-graph';
import type { EditorStore } from '../store/editor-store';
import { saveStateOf } from '../store/save-slice';
import { testStore } from '../store/test-store';
import type { Backup } from './local-backup';
import { createAutosaver, type DraftApi } from './autosaver';

const timing = { saveDelayMs: 100, backupDelayMs: 10, retryMs: 1_000 };
class Conflict extends Error {}

function fakeServer() {
  const server = {
    revision: 1,
    saves: [] as { expectedRevision: number; name: string | undefined }[],
    fail: undefined as Error | undefined,
  };
  const api: DraftApi = {
    save: async (input) => {
      server.saves.push({ expectedRevision: input.expectedRevision, name: input.name });
      if (server.fail) throw server.fail;
      if (input.expectedRevision !== server.revision) throw new Conflict('stale');
      server.revision += 1;
      return { revision: server.revision };
    },
    latest: async () => ({ doc: { graph: chain(), name: 'Theirs' }, revision: server.revision }),
    isConflict: (error) => error instanceof Conflict,
  };
  return { server, api };
}

function nudge(store: EditorStore, x: number) {
  store.getState().edit((graph) => moveNodes(graph, new Map([['w', { x, y: 0 }]])));
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createAutosaver', () => {
  it('saves once edits pause, with the revision it builds on', async () => {
    const { server, api } = fakeServer();
    const store = testStore();
    createAutosaver(store, api, { write: () => undefined, clear: () => undefined }, timing);
    nudge(store, 1);
    nudge(store, 2);
    expect(saveStateOf(store.getState())).toBe('dirty');
    await vi.advanceTimersByTimeAsync(150);
    expect(server.saves).toEqual([{ expectedRevision: 1, name: 'Welcome' }]);
    expect(store.getState().revision).toBe(2);
    expect(saveStateOf(store.getState())).toBe('saved');
  });

  it('stops on a conflict until the user overwrites or reloads', async () => {
    const { server, api } = fakeServer();
    server.revision = 5;
    const store = testStore();
    const saver = createAutosaver(store, api, { write: () => undefined, clear: () => undefined }, timing);
    nudge(store, 1);
    await vi.advanceTimersByTimeAsync(150);
    expect(saveStateOf(store.getState())).toBe('conflict');
    nudge(store, 2);
    await vi.advanceTimersByTimeAsync(500);
    expect(server.saves).toHaveLength(1);
    expect(await saver.overwrite()).toBe('saved');
    expect(server.saves.at(-1)?.expectedRevision).toBe(5);
    nudge(store, 3);
    server.revision = 9;
    await vi.advanceTimersByTimeAsync(150);
    await saver.reload();
    expect(store.getState().doc.name).toBe('Theirs');
    expect(saveStateOf(store.getState())).toBe('saved');
    expect(store.getState().revision).toBe(9);
  });

  it('retries after a network error and flushes on demand', async () => {
    const { server, api } = fakeServer();
    server.fail = new Error('offline');
    const store = testStore();
    const saver = createAutosaver(store, api, { write: () => undefined, clear: () => undefined }, timing);
    nudge(store, 1);
    await vi.advanceTimersByTimeAsync(150);
    expect(saveStateOf(store.getState())).toBe('error');
    server.fail = undefined;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(saveStateOf(store.getState())).toBe('saved');
    nudge(store, 2);
    expect(await saver.flush()).toBe('saved');
  });

  it('keeps a backup of unsaved edits and clears it once saved', async () => {
    const { api } = fakeServer();
    const store = testStore();
    const backups: (Backup | null)[] = [];
    createAutosaver(store, api, { write: (backup) => backups.push(backup), clear: () => backups.push(null) }, timing);
    nudge(store, 1);
    await vi.advanceTimersByTimeAsync(20);
    expect(backups[0]?.baseRevision).toBe(1);
    await vi.advanceTimersByTimeAsync(150);
    expect(backups.at(-1)).toBeNull();
  });
});
