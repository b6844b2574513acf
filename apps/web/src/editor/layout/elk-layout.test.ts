import { describe, expect, it } from 'vitest';
import { branchConfig, edge, graphOf, node, testCatalog, waitConfig } from '../graph/test-graph';
import { layoutJourney, toElkGraph } from './elk-layout';

const graph = graphOf(
  [
    node('end-no', 'core.end'),
    node('t', 'core.trigger.api'),
    node('b', 'core.branch', branchConfig),
    node('w', 'core.wait', waitConfig),
    node('end-yes', 'core.end'),
  ],
  [edge('t', 'out', 'b'), edge('b', 'true', 'w'), edge('w', 'out', 'end-yes'), edge('b', 'false', 'end-no')],
);
const input = {
  graph,
  sizes: new Map([['t', { width: 200, height: 80 }]]),
  defaultSize: { width: 240, height: 96 },
  catalog: testCatalog,
};

describe('auto-layout', () => {
  it('gives ELK one ordered port per node port and measured sizes', () => {
    const elk = toElkGraph(input);
    const branch = elk.children?.find((child) => child.id === 'b');
    expect(branch?.ports?.map((port) => port.id)).toEqual(['b::in', 'b::out::true', 'b::out::false']);
    expect(elk.children?.find((child) => child.id === 't')).toMatchObject({ width: 200, height: 80 });
    expect(elk.edges?.[1]).toEqual({ id: 'e-b-true', sources: ['b::out::true'], targets: ['w::in'] });
  });

  it('lays out left to right, the first path on top', async () => {
    const at = await layoutJourney(input);
    const x = (id: string) => at.get(id)?.x ?? Number.NaN;
    const y = (id: string) => at.get(id)?.y ?? Number.NaN;
    expect(x('t')).toBeLessThan(x('b'));
    expect(x('b')).toBeLessThan(x('w'));
    expect(x('w')).toBeLessThan(x('end-yes'));
    expect(y('w')).toBeLessThan(y('end-no'));
  });
});
