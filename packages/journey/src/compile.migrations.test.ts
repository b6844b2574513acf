import { describe, expect, it } from 'vitest';
import { compileJourney } from './compile';
import type { JourneyGraphInput } from './graph.schema';
import type { Step } from './ir.schema';
import { installedStepConfig } from './step-config';
import { edge, node, testRegistry, versionedType } from './test-node-types';

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

describe('a published step read by a newer node type', () => {
  const step = (typeVersion: number, config: unknown): Step => ({
    id: 'v',
    type: 'test.versioned',
    typeVersion,
    kind: 'action',
    config,
    next: { out: null },
    plan: { op: 'activity' },
  });

  it('keeps a config of the installed version as it is', () => {
    const config = { c: 1 };
    expect(installedStepConfig(step(3, config), versionedType)).toEqual({ ok: true, config });
  });

  it('migrates an older version’s config up to the installed one', () => {
    expect(installedStepConfig(step(1, { a: 4 }), versionedType)).toEqual({ ok: true, config: { c: 4 } });
    expect(installedStepConfig(step(2, { b: 5 }), versionedType)).toEqual({ ok: true, config: { c: 5 } });
  });

  it('says why when the migrated config does not fit, or the step is newer than the type', () => {
    expect(installedStepConfig(step(1, { a: 'x' }), versionedType)).toEqual({
      ok: false,
      message: expect.stringContaining('does not migrate to v3'),
    });
    expect(installedStepConfig(step(4, { c: 1 }), versionedType)).toEqual({
      ok: false,
      message: expect.stringContaining('this worker has v3'),
    });
  });
});
