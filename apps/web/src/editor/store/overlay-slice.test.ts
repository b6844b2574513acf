import { describe, expect, it } from 'vitest';
import { selectEdgeBadge, selectEdgeOnPath, selectNodeBadge, selectNodeOnPath } from './selectors';
import { testStore } from './test-store';

const badge = (text: string) => ({ entries: [{ key: 'entered', text, title: `${text} entered` }] });

describe('overlay slice', () => {
  it('lays badges and a path over nodes and edges, read per element through selectors', () => {
    const store = testStore();
    store.getState().setBadges(new Map([['w', badge('3')]]), new Map([['e-t-out', badge('5')]]));
    store.getState().setHighlight({ nodes: new Set(['t']), edges: new Set(['e-t-out']) });
    const state = store.getState();
    expect(selectNodeBadge('w')(state)?.entries[0]?.text).toBe('3');
    expect(selectNodeBadge('t')(state)).toBeUndefined();
    expect(selectEdgeBadge('e-t-out')(state)?.entries[0]?.text).toBe('5');
    expect([selectNodeOnPath('t')(state), selectNodeOnPath('w')(state)]).toEqual([true, false]);
    expect(selectEdgeOnPath('e-t-out')(state)).toBe(true);
  });

  it('clears, and never reaches the undo history', () => {
    const store = testStore();
    store.getState().setBadges(new Map([['w', badge('3')]]), new Map());
    store.getState().setHighlight({ nodes: new Set(['t']), edges: new Set() });
    store.getState().openInsightPanel('simulation');
    store.getState().clearBadges();
    store.getState().setHighlight(null);
    expect(selectNodeBadge('w')(store.getState())).toBeUndefined();
    expect(selectNodeOnPath('t')(store.getState())).toBe(false);
    expect(store.getState().insightPanel).toBe('simulation');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });
});
