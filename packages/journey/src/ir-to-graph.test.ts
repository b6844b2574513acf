import { describe, expect, it } from 'vitest';
import { compileJourney } from './compile';
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION, journeyGraphSchema } from './graph.schema';
import type { JourneyIR } from './ir.schema';
import { irToGraph } from './ir-to-graph';
import { edge, happyGraph, node, testRegistry } from './test-node-types';

function compileOk(graph: unknown): JourneyIR {
  const result = compileJourney(graph, testRegistry());
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('irToGraph', () => {
  it('round-trips: the rebuilt graph compiles to the same IR', () => {
    const ir = compileOk({ ...happyGraph(), settings: { reentry: 'always', exitOn: [{ event: 'unsubscribed' }] } });
    const again = compileOk(irToGraph(ir));
    expect(again).toEqual(ir);
    expect(again.hash).toBe(ir.hash);
  });

  it('round-trips migrated configs at their current version', () => {
    const ir = compileOk({
      nodes: [
        node('start', 'test.trigger', { event: 'x' }),
        node('v', 'test.versioned', { a: 1 }, 1),
        node('end', 'test.end'),
      ],
      edges: [edge('start', 'v'), edge('v', 'end')],
    });
    const graph = irToGraph(ir);
    expect(graph.nodes.find((item) => item.id === 'v')?.data).toEqual({ config: { c: 1 }, typeVersion: 3 });
    expect(compileOk(graph).hash).toBe(ir.hash);
  });

  it('produces a document in the journey format, with the name when given', () => {
    const graph = irToGraph(compileOk(happyGraph()), 'Welcome');
    expect(graph).toMatchObject({ format: GRAPH_FORMAT, formatVersion: GRAPH_FORMAT_VERSION, name: 'Welcome' });
    expect(journeyGraphSchema.safeParse(graph).success).toBe(true);
    expect('name' in irToGraph(compileOk(happyGraph()))).toBe(false);
  });

  it('turns each wired port into an edge and drops unwired ones', () => {
    const graph = irToGraph(compileOk(happyGraph()));
    expect(graph.edges.map((item) => `${item.source}.${item.sourceHandle}→${item.target}`).sort()).toEqual([
      'act.out→pause',
      'check.false→no',
      'check.true→yes',
      'pause.out→check',
      'start.out→act',
    ]);
  });

  it('lays nodes out in columns by distance from the trigger', () => {
    const graph = irToGraph(compileOk(happyGraph()));
    const x = Object.fromEntries(graph.nodes.map((item) => [item.id, item.position.x]));
    expect(x).toEqual({ start: 0, act: 280, pause: 560, check: 840, yes: 1120, no: 1120 });
    const yes = graph.nodes.find((item) => item.id === 'yes');
    const no = graph.nodes.find((item) => item.id === 'no');
    expect(yes?.position.y).not.toBe(no?.position.y);
  });
});
