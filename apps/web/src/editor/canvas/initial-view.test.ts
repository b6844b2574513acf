import { describe, expect, it } from 'vitest';
import { chain, edge, graphOf, node, testCatalog, waitConfig } from '../graph/test-graph';
import { initialView, LARGE_JOURNEY } from './initial-view';

describe('initialView', () => {
  it('fits a normal journey whole', () => {
    expect(initialView(chain(), testCatalog)).toEqual({ padding: 0.15, maxZoom: 1 });
  });

  it('opens a large journey at its trigger and first steps', () => {
    const count = LARGE_JOURNEY + 10;
    const nodes = [
      node('start', 'core.trigger.api'),
      ...Array.from({ length: count }, (_, i) => node(`w${i}`, 'core.wait', waitConfig)),
    ];
    const edges = [
      edge('start', 'out', 'w0'),
      ...Array.from({ length: count - 1 }, (_, i) => edge(`w${i}`, 'out', `w${i + 1}`)),
    ];
    const view = initialView(graphOf(nodes, edges), testCatalog);
    expect(view.nodes?.slice(0, 3)).toEqual([{ id: 'start' }, { id: 'w0' }, { id: 'w1' }]);
    expect(view.nodes).toHaveLength(6);
    expect(view.minZoom).toBe(0.4);
  });
});
