import { describe, expect, it } from 'vitest';
import { checkJourney, compileJourney } from './compile';
import type { Diagnostic } from './diagnostics';
import type { JourneyGraphInput } from './graph.schema';
import { edge, happyGraph, node, testRegistry } from './test-node-types';

function problemsOf(graph: unknown): Diagnostic[] {
  const result = compileJourney(graph, testRegistry());
  if (result.ok) throw new Error('expected problems, but the graph compiled');
  return result.problems;
}

/** The happy graph with some nodes and edges replaced or added. */
function variant(change: (graph: Required<Pick<JourneyGraphInput, 'nodes' | 'edges'>>) => void): JourneyGraphInput {
  const graph = happyGraph();
  const parts = { nodes: [...graph.nodes], edges: [...(graph.edges ?? [])] };
  change(parts);
  return { ...graph, ...parts };
}

describe('compileJourney diagnostics', () => {
  it('invalid_graph: rejects input that is not a journey graph, naming the field', () => {
    for (const input of [null, 42, 'graph', [], {}, { nodes: 'many' }]) {
      const problems = problemsOf(input);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((problem) => problem.code === 'invalid_graph')).toBe(true);
    }
    expect(problemsOf({})).toEqual([expect.objectContaining({ code: 'invalid_graph', path: 'nodes' })]);
  });

  it('invalid_graph: names the node whose shape is wrong', () => {
    const problems = problemsOf({
      nodes: [
        { id: 'ok', type: 'test.end' },
        { id: 'bad', type: 42 },
      ],
    });
    expect(problems).toEqual([expect.objectContaining({ code: 'invalid_graph', nodeId: 'bad', path: 'nodes.1.type' })]);
  });

  it('invalid_graph: the reserved id __proto__, which could not be a key of the IR steps', () => {
    const problems = problemsOf(variant((graph) => (graph.nodes[1] = node('__proto__', 'test.action'))));
    expect(problems).toEqual([
      expect.objectContaining({ code: 'invalid_graph', nodeId: '__proto__', path: 'nodes.1.id' }),
    ]);
  });

  it('duplicate_node_id', () => {
    const problems = problemsOf(variant((graph) => graph.nodes.push(node('act', 'test.end'))));
    expect(problems).toEqual([expect.objectContaining({ code: 'duplicate_node_id', nodeId: 'act' })]);
  });

  it('unknown_node_type', () => {
    const problems = problemsOf(variant((graph) => (graph.nodes[1] = node('act', 'acme.missing'))));
    expect(problems).toEqual([expect.objectContaining({ code: 'unknown_node_type', nodeId: 'act' })]);
    expect(problems[0]?.message).toContain('acme.missing');
  });

  it('unsupported_type_version: a config saved by a newer node type', () => {
    const problems = problemsOf(variant((graph) => (graph.nodes[1] = node('act', 'test.action', {}, 2))));
    expect(problems).toEqual([expect.objectContaining({ code: 'unsupported_type_version', nodeId: 'act' })]);
  });

  it('invalid_config: one problem per failing field, with its path', () => {
    const problems = problemsOf(
      variant((graph) => (graph.nodes[2] = node('pause', 'test.wait', { duration: { amount: 0, unit: 'days' } }))),
    );
    expect(problems).toEqual([
      expect.objectContaining({ code: 'invalid_config', nodeId: 'pause', path: 'duration.amount' }),
    ]);

    const two = problemsOf(
      variant((graph) => (graph.nodes[2] = node('pause', 'test.wait', { duration: { amount: -1, unit: 'weeks' } }))),
    );
    expect(two.map((problem) => problem.path).sort()).toEqual(['duration.amount', 'duration.unit']);
  });

  it('invalid_config: a missing config object reports the missing field', () => {
    const problems = problemsOf(variant((graph) => (graph.nodes[2] = { id: 'pause', type: 'test.wait' })));
    expect(problems).toEqual([expect.objectContaining({ code: 'invalid_config', nodeId: 'pause', path: 'duration' })]);
  });

  it('missing_edge: a trigger with no edge to a first step', () => {
    const problems = problemsOf(
      variant((graph) => (graph.edges = graph.edges.filter((item) => item.source !== 'start'))),
    );
    expect(problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'missing_edge', nodeId: 'start', port: 'out' })]),
    );
  });

  it('an open path is no problem: an unconnected port of a step ends the journey there', () => {
    const result = compileJourney(
      variant((graph) => {
        graph.nodes = graph.nodes.filter((item) => item.id !== 'no');
        graph.edges = graph.edges.filter((item) => item.sourceHandle !== 'false');
      }),
      testRegistry(),
    );
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.value.steps.check?.next).toEqual(expect.objectContaining({ false: null }));
  });

  it('optional ports may stay unwired', () => {
    expect(compileJourney(happyGraph(), testRegistry()).ok).toBe(true);
  });

  it('dangling_edge: an edge to a node that does not exist', () => {
    const problems = problemsOf(variant((graph) => graph.edges.push(edge('act', 'ghost', 'skipped'))));
    expect(problems).toEqual([
      expect.objectContaining({ code: 'dangling_edge', nodeId: 'act', edgeId: 'act:skipped->ghost' }),
    ]);
    expect(problems[0]?.message).toContain('"ghost"');
  });

  it('dangling_edge: an edge from a node that does not exist names no node', () => {
    const problems = problemsOf(variant((graph) => graph.edges.push(edge('ghost', 'act'))));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'dangling_edge', edgeId: 'ghost:out->act' });
    expect(problems[0]?.nodeId).toBeUndefined();
  });

  it('dangling_edge: an edge from a port the node does not have', () => {
    const problems = problemsOf(variant((graph) => graph.edges.push(edge('act', 'no', 'sideways'))));
    expect(problems).toEqual([expect.objectContaining({ code: 'dangling_edge', nodeId: 'act', port: 'sideways' })]);
    expect(problems[0]?.message).toContain('out, skipped');
  });

  it('duplicate_edge: two edges from one port', () => {
    const problems = problemsOf(
      variant((graph) => graph.edges.push({ ...edge('check', 'yes', 'false'), id: 'second' })),
    );
    expect(problems).toEqual([
      expect.objectContaining({ code: 'duplicate_edge', nodeId: 'check', port: 'false', edgeId: 'second' }),
    ]);
  });

  it('unreachable_node: a node no trigger leads to', () => {
    const problems = problemsOf(variant((graph) => graph.nodes.push(node('island', 'test.end'))));
    expect(problems).toEqual([expect.objectContaining({ code: 'unreachable_node', nodeId: 'island' })]);
  });

  it('cycle_without_wait: a loop of actions would spin', () => {
    const problems = problemsOf({
      nodes: [node('start', 'test.trigger', { event: 'x' }), node('a', 'test.action'), node('b', 'test.action')],
      edges: [edge('start', 'a'), edge('a', 'b'), edge('b', 'a')],
    });
    expect(problems).toEqual([expect.objectContaining({ code: 'cycle_without_wait', nodeId: 'a' })]);
    expect(problems[0]?.message).toContain('"a" → "b"');
  });

  it('cycle_without_wait: a node wired to itself', () => {
    const problems = problemsOf({
      nodes: [node('start', 'test.trigger', { event: 'x' }), node('self', 'test.action')],
      edges: [edge('start', 'self'), edge('self', 'self')],
    });
    expect(problems).toEqual([expect.objectContaining({ code: 'cycle_without_wait', nodeId: 'self' })]);
  });

  it('no_trigger: a journey nobody can enter (a journey-wide problem, so no node id)', () => {
    const problems = problemsOf({ nodes: [node('end', 'test.end')] });
    expect(problems).toEqual([expect.objectContaining({ code: 'no_trigger' })]);
    expect(problems[0]?.nodeId).toBeUndefined();
    expect(problemsOf({ nodes: [] })).toEqual([expect.objectContaining({ code: 'no_trigger' })]);
  });

  it('no_trigger is not claimed when a node of unknown type might be the trigger', () => {
    const problems = problemsOf({
      nodes: [node('maybe', 'acme.trigger'), node('end', 'test.end')],
      edges: [edge('maybe', 'end')],
    });
    expect(problems.map((problem) => problem.code)).toEqual(['unknown_node_type']);
  });

  it('reports every problem at once, each naming its node', () => {
    // check.false is unwired, `mystery` has an unknown type, `pause` has a bad config. Edges leaving
    // nodes that failed their own checks are kept, so nothing downstream is reported twice.
    const problems = problemsOf({
      nodes: [
        node('start', 'test.trigger', { event: 'x' }),
        node('check', 'test.branch'),
        node('mystery', 'acme.unknown'),
        node('pause', 'test.wait', { duration: { amount: 0, unit: 'days' } }),
        node('end', 'test.end'),
      ],
      edges: [edge('start', 'check'), edge('check', 'mystery', 'true'), edge('mystery', 'pause'), edge('pause', 'end')],
    });
    expect(problems).toHaveLength(2);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'unknown_node_type', nodeId: 'mystery' }),
        expect.objectContaining({ code: 'invalid_config', nodeId: 'pause', path: 'duration.amount' }),
      ]),
    );
  });

  it('every problem has a human-readable message', () => {
    const problems = problemsOf({
      nodes: [node('a', 'test.action'), node('a', 'test.action'), node('b', 'nope')],
      edges: [edge('a', 'zzz')],
    });
    expect(problems.length).toBeGreaterThan(1);
    for (const problem of problems) expect(problem.message.length).toBeGreaterThan(10);
  });
});

describe('checkJourney', () => {
  it('finds what compileJourney finds, without building the IR', () => {
    const broken = variant((graph) => {
      graph.nodes[2] = node('pause', 'test.wait', { duration: { amount: 0, unit: 'days' } });
      graph.edges.push(edge('start', 'nowhere'));
    });
    expect(checkJourney(broken, testRegistry())).toEqual(problemsOf(broken));
    expect(checkJourney({ nodes: 'none' }, testRegistry())).toEqual(problemsOf({ nodes: 'none' }));
  });

  it('finds nothing in a graph that compiles', () => {
    expect(checkJourney(happyGraph(), testRegistry())).toEqual([]);
  });
});
