import { describe, expect, it } from 'vitest';
import { compileJourney } from './compile';
import type { JourneyGraphInput } from './graph.schema';
import { edge, node, testRegistry } from './test-node-types';

/** trigger → one `test.versioned` node (saved at `typeVersion`) → end. */
function withVersioned(config: unknown, typeVersion?: number): JourneyGraphInput {
  return {
    nodes: [
      node('start', 'test.trigger', { event: 'x' }),
      node('v', 'test.versioned', config, typeVersion),
      node('end', 'test.end'),
    ],
    edges: [edge('start', 'v'), edge('v', 'end')],
  };
}

function compiledConfig(graph: JourneyGraphInput): unknown {
  const result = compileJourney(graph, testRegistry());
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value.steps.v?.config;
}

describe('config migrations', () => {
  it('runs every migration from the saved version up to the current one, in order', () => {
    expect(compiledConfig(withVersioned({ a: 5 }, 1))).toEqual({ c: 5 });
  });

  it('starts from the saved version', () => {
    expect(compiledConfig(withVersioned({ b: 6 }, 2))).toEqual({ c: 6 });
  });

  it('treats a config without a version as current', () => {
    expect(compiledConfig(withVersioned({ c: 7 }))).toEqual({ c: 7 });
    expect(compiledConfig(withVersioned({ c: 7 }, 3))).toEqual({ c: 7 });
  });

  it('records the current type version in the IR', () => {
    const result = compileJourney(withVersioned({ a: 1 }, 1), testRegistry());
    expect(result.ok && result.value.steps.v?.typeVersion).toBe(3);
  });

  it('validates the migrated config, not the saved one', () => {
    const result = compileJourney(withVersioned({ a: 'five' }, 1), testRegistry());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({ code: 'invalid_config', nodeId: 'v', path: 'c' }),
    ]);
  });

  it('refuses a config saved by a newer version of the node type', () => {
    const result = compileJourney(withVersioned({ c: 1 }, 4), testRegistry());
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({ code: 'unsupported_type_version', nodeId: 'v' }),
    ]);
  });

  it('rejects a type version that is not a positive integer as a malformed graph', () => {
    const result = compileJourney(withVersioned({ c: 1 }, 0), testRegistry());
    expect(!result.ok && result.problems).toEqual([expect.objectContaining({ code: 'invalid_graph', nodeId: 'v' })]);
  });
});
