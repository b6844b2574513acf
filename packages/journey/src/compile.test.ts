import { describe, expect, it } from 'vitest';
import { compileJourney } from './compile';
import type { JourneyGraphInput } from './graph.schema';
import type { JourneyIR } from './ir.schema';
import { edge, happyGraph, node, testRegistry } from './test-node-types';

function compileOk(graph: unknown): JourneyIR {
  const result = compileJourney(graph, testRegistry());
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.problems)}`);
  return result.value;
}

describe('compileJourney: a valid graph', () => {
  it('produces the IR: start, triggers, steps with next ports and plans', () => {
    const ir = compileOk(happyGraph());
    expect(ir.irVersion).toBe(1);
    expect(ir.start).toEqual(['start']);
    expect(ir.triggers).toEqual([
      { stepId: 'start', type: 'test.trigger', match: { on: 'event', event: 'signed_up', where: [] } },
    ]);
    expect(Object.keys(ir.steps).sort()).toEqual(['act', 'check', 'no', 'pause', 'start', 'yes']);
    expect(ir.steps.start).toMatchObject({ kind: 'trigger', next: { out: 'act' }, plan: { op: 'pass', port: 'out' } });
    expect(ir.steps.pause).toMatchObject({ kind: 'wait', plan: { op: 'sleep', ms: 3 * 86_400_000, port: 'out' } });
    expect(ir.steps.check).toMatchObject({
      kind: 'branch',
      next: { true: 'yes', false: 'no' },
      plan: { op: 'activity' },
    });
    expect(ir.steps.yes).toMatchObject({ kind: 'end', next: {}, plan: { op: 'end' } });
  });

  it('stores configs as parsed (defaults filled) with the type version', () => {
    const ir = compileOk(happyGraph());
    expect(ir.steps.act).toEqual({
      id: 'act',
      type: 'test.action',
      typeVersion: 1,
      kind: 'action',
      config: { label: 'act' },
      next: { out: 'pause', skipped: null },
      plan: { op: 'activity' },
    });
  });

  it('leaves unwired optional ports null (the journey ends there)', () => {
    const ir = compileOk(happyGraph());
    expect(ir.steps.act?.next.skipped).toBeNull();
  });

  it('defaults a trigger without a trigger hook to an API trigger passing through its first port', () => {
    const ir = compileOk({
      nodes: [node('api', 'test.api'), node('end', 'test.end')],
      edges: [edge('api', 'end', 'go')],
    });
    expect(ir.triggers).toEqual([{ stepId: 'api', type: 'test.api', match: { on: 'api' } }]);
    expect(ir.steps.api?.plan).toEqual({ op: 'pass', port: 'go' });
  });

  it('fills default settings and copies exit criteria and goal to the top level', () => {
    expect(compileOk(happyGraph()).settings).toEqual({
      reentry: 'once',
      reentryCooldown: null,
      entryLimit: null,
      exitOn: [],
      goal: null,
      continueAsNewAfterSteps: 500,
    });
    const graph: JourneyGraphInput = {
      ...happyGraph(),
      settings: { reentry: 'every', exitOn: [{ event: 'unsubscribed' }], goal: { event: 'purchase', withinMs: 1000 } },
    };
    const ir = compileOk(graph);
    expect(ir.exit).toEqual([{ event: 'unsubscribed', where: [] }]);
    expect(ir.goal).toEqual({ event: 'purchase', where: [], withinMs: 1000 });
    expect(ir.settings.reentry).toBe('every');
  });

  it('accepts several triggers and lists them all as starts', () => {
    const ir = compileOk({
      nodes: [node('a', 'test.trigger', { event: 'x' }), node('b', 'test.api'), node('end', 'test.end')],
      edges: [edge('a', 'end'), edge('b', 'end', 'go')],
    });
    expect(ir.start).toEqual(['a', 'b']);
  });

  it('hashes the content only: positions, labels and the name do not change the hash', () => {
    const base = compileOk(happyGraph()).hash;
    const moved = happyGraph();
    moved.name = 'renamed';
    moved.nodes = moved.nodes.map((item, index) => ({
      ...item,
      position: { x: index * 100, y: 7 },
      data: { ...item.data, label: `#${index}` },
    }));
    expect(compileOk(moved).hash).toBe(base);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes the hash when a config changes', () => {
    const changed = happyGraph();
    changed.nodes = changed.nodes.map((item) =>
      item.id === 'pause' ? node('pause', 'test.wait', { duration: { amount: 4, unit: 'days' } }) : item,
    );
    expect(compileOk(changed).hash).not.toBe(compileOk(happyGraph()).hash);
  });

  it('does not depend on the order of nodes and edges', () => {
    const reversed = happyGraph();
    reversed.nodes = [...reversed.nodes].reverse();
    reversed.edges = [...(reversed.edges ?? [])].reverse();
    expect(compileOk(reversed).hash).toBe(compileOk(happyGraph()).hash);
  });

  it('accepts a loop that contains a wait', () => {
    const ir = compileOk({
      nodes: [
        node('start', 'test.trigger', { event: 'x' }),
        node('work', 'test.action'),
        node('pause', 'test.wait', { duration: { amount: 1, unit: 'days' } }),
      ],
      edges: [edge('start', 'work'), edge('work', 'pause'), edge('pause', 'work')],
    });
    expect(ir.steps.pause?.next).toEqual({ out: 'work' });
  });
});
