import { beforeEach, describe, expect, it } from 'vitest';
import { wiring } from '../graph/test-graph';
import { nodeIds, testStore } from '../store/test-store';
import { copySelection, duplicateSelection, pasteClipboard } from './clipboard-commands';
import { addNodeOfType, commitMove, deleteSelection, insertOnEdge } from './node-commands';

beforeEach(() => {
  globalThis.localStorage?.clear();
});

describe('node commands', () => {
  it('adds a palette node after the selected node and selects it', () => {
    const store = testStore();
    store.getState().select({ nodeIds: ['end'] });
    store.getState().select({ nodeIds: ['t'] });
    const id = addNodeOfType(store, 'core.tag', { x: 0, y: 0 }, { after: true });
    expect(id).toBe('tag-1');
    expect(wiring(store.getState().doc.graph)).toEqual(['t:out>tag-1', 'tag-1:out>w', 'w:out>end']);
    expect(store.getState().selectedNodeIds).toEqual(['tag-1']);
    expect(store.getState().doc.graph.nodes.at(-1)?.data.typeVersion).toBe(1);
  });

  it('adds a loose node at the given point without a single selection', () => {
    const store = testStore();
    addNodeOfType(store, 'core.end', { x: 1000, y: 500 }, { after: true });
    expect(store.getState().doc.graph.nodes.at(-1)).toMatchObject({ id: 'end-1', position: { x: 1000, y: 500 } });
  });

  it('refuses unknown types and read-only stores', () => {
    expect(addNodeOfType(testStore(), 'acme.nope', { x: 0, y: 0 })).toBeUndefined();
    expect(addNodeOfType(testStore({ readOnly: true }), 'core.end', { x: 0, y: 0 })).toBeUndefined();
  });

  it('inserts on an edge as one undo step', () => {
    const store = testStore();
    insertOnEdge(store, 'e-w-out', 'core.reward.points');
    expect(wiring(store.getState().doc.graph)).toEqual(['reward-points-1:out>end', 't:out>w', 'w:out>reward-points-1']);
    store.temporal.getState().undo();
    expect(nodeIds(store)).toEqual(['t', 'w', 'end']);
  });

  it('deletes the selection and clears it', () => {
    const store = testStore();
    store.getState().select({ nodeIds: ['w'], edgeIds: [] });
    deleteSelection(store);
    expect(nodeIds(store)).toEqual(['t', 'end']);
    expect(store.getState().selectedNodeIds).toEqual([]);
  });

  it('merges arrow-key nudges into one step but not mouse drags', () => {
    const store = testStore();
    commitMove(store, new Map([['w', { x: 330, y: 0 }]]), true);
    commitMove(store, new Map([['w', { x: 340, y: 0 }]]), true);
    commitMove(store, new Map([['w', { x: 500, y: 0 }]]), false);
    expect(store.temporal.getState().pastStates).toHaveLength(2);
  });
});

describe('clipboard commands', () => {
  it('copies and pastes with fresh ids, cascading repeated pastes', () => {
    const store = testStore();
    store.getState().select({ nodeIds: ['w', 'end'] });
    expect(copySelection(store)).toBe(true);
    pasteClipboard(store);
    pasteClipboard(store);
    expect(nodeIds(store)).toEqual(['t', 'w', 'end', 'wait-1', 'end-1', 'wait-2', 'end-2']);
    const positions = store
      .getState()
      .doc.graph.nodes.filter((node) => node.id.startsWith('wait-'))
      .map((node) => node.position);
    expect(positions).toEqual([
      { x: 360, y: 40 },
      { x: 400, y: 80 },
    ]);
    expect(store.getState().selectedNodeIds).toEqual(['wait-2', 'end-2']);
  });

  it('duplicates the selection', () => {
    const store = testStore();
    store.getState().select({ nodeIds: ['w'] });
    duplicateSelection(store);
    expect(nodeIds(store)).toEqual(['t', 'w', 'end', 'wait-1']);
  });

  it('copies nothing without a selection', () => {
    expect(copySelection(testStore())).toBe(false);
  });
});
