import { afterEach, describe, expect, it, vi } from 'vitest';
import { moveNodes, updateConfig } from '../graph/node-ops';
import { removeElements } from '../graph/remove';
import { chain } from '../graph/test-graph';
import { saveStateOf } from './save-slice';
import { nodeIds, testStore } from './test-store';

afterEach(() => {
  vi.useRealTimers();
});

describe('editor store: document and history', () => {
  it('undoes and redoes graph operations', () => {
    const store = testStore();
    store.getState().edit((graph) => removeElements(graph, { nodeIds: ['w'], edgeIds: [] }));
    expect(nodeIds(store)).toEqual(['t', 'end']);
    store.temporal.getState().undo();
    expect(nodeIds(store)).toEqual(['t', 'w', 'end']);
    store.temporal.getState().redo();
    expect(nodeIds(store)).toEqual(['t', 'end']);
  });

  it('records nothing for no-op edits, selection or view changes', () => {
    const store = testStore();
    store.getState().edit((graph) => graph);
    store.getState().select({ nodeIds: ['w'] });
    store.getState().setMeasured([{ id: 'w', width: 240, height: 90 }]);
    store.getState().openInsertMenu('e-t-out');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('merges a burst of edits with the same key into one step', () => {
    vi.useFakeTimers();
    const store = testStore();
    for (const amount of [1, 2, 3]) {
      store
        .getState()
        .edit((graph) => updateConfig(graph, 'w', { mode: 'duration', duration: { amount, unit: 'days' } }), {
          coalesce: 'config:w',
        });
      vi.advanceTimersByTime(300);
    }
    vi.advanceTimersByTime(2_000);
    store
      .getState()
      .edit((graph) => updateConfig(graph, 'w', { mode: 'duration', duration: { amount: 9, unit: 'days' } }), {
        coalesce: 'config:w',
      });
    expect(store.temporal.getState().pastStates).toHaveLength(2);
    store.temporal.getState().undo(2);
    expect(store.getState().doc.graph).toEqual(chain());
  });

  it('renames as an undoable step', () => {
    const store = testStore();
    store.getState().rename('Birthday');
    expect(store.getState().doc.name).toBe('Birthday');
    store.temporal.getState().undo();
    expect(store.getState().doc.name).toBe('Welcome');
  });

  it('ignores edits when read-only', () => {
    const store = testStore({ readOnly: true });
    store.getState().edit((graph) => moveNodes(graph, new Map([['w', { x: 5, y: 5 }]])));
    store.getState().rename('x');
    expect(store.getState().doc.graph).toEqual(chain());
    expect(store.getState().doc.name).toBe('Welcome');
  });

  it('replacing the document clears the history', () => {
    const store = testStore();
    store.getState().rename('Other');
    store.getState().replaceDocument({ graph: chain(), name: 'Reloaded' });
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(store.getState().doc.name).toBe('Reloaded');
  });
});

describe('editor store: selection and save state', () => {
  it('applies React Flow select changes', () => {
    const store = testStore();
    store.getState().applySelectionChanges(
      [
        { id: 't', selected: true },
        { id: 'w', selected: true },
      ],
      [{ id: 'e-t-out', selected: true }],
    );
    store.getState().applySelectionChanges([{ id: 't', selected: false }], []);
    expect(store.getState().selectedNodeIds).toEqual(['w']);
    expect(store.getState().selectedEdgeIds).toEqual(['e-t-out']);
  });

  it('is dirty after an edit, saved again after undoing back to the saved document', () => {
    const store = testStore();
    expect(saveStateOf(store.getState())).toBe('saved');
    store.getState().rename('Changed');
    expect(saveStateOf(store.getState())).toBe('dirty');
    store.temporal.getState().undo();
    expect(saveStateOf(store.getState())).toBe('saved');
    store.getState().markSaveFailed('conflict', 'stale');
    expect(saveStateOf(store.getState())).toBe('conflict');
  });

  it('keeps per-node problem lists stable while they do not change', () => {
    const store = testStore();
    const graph = store.getState().doc.graph;
    const problem = { code: 'missing_edge' as const, message: 'needs an edge', nodeId: 'w' };
    store.getState().setProblems(graph, [problem]);
    const first = store.getState().problemsByNode.get('w');
    store.getState().setProblems(graph, [{ ...problem }, { code: 'no_trigger', message: 'no trigger' }]);
    expect(store.getState().problemsByNode.get('w')).toBe(first);
  });
});
