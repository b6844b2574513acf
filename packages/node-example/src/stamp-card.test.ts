import { compileJourney, type JourneyGraphInput } from '@wayfarer/journey';
import { builtinNodeTypes, createNodeRegistry } from '@wayfarer/nodes';
import { describe, expect, it } from 'vitest';
import { nodeTypes, stampCardNode } from './index';

const registry = createNodeRegistry([...builtinNodeTypes, ...nodeTypes]);

/** trigger → stamp card (saved at `typeVersion`) → stamped / card_full → ends */
function journey(config: unknown, typeVersion?: number): JourneyGraphInput {
  return {
    nodes: [
      { id: 'visit', type: 'core.trigger.event', data: { config: { event: 'store_visit' } } },
      {
        id: 'stamp',
        type: 'example.stamp-card',
        data: { config, ...(typeVersion === undefined ? {} : { typeVersion }) },
      },
      { id: 'done', type: 'core.end' },
      { id: 'full', type: 'core.end' },
    ],
    edges: [
      { id: 'e1', source: 'visit', target: 'stamp' },
      { id: 'e2', source: 'stamp', sourceHandle: 'stamped', target: 'done' },
      { id: 'e3', source: 'stamp', sourceHandle: 'card_full', target: 'full' },
    ],
  };
}

function stampConfig(graph: JourneyGraphInput): unknown {
  const result = compileJourney(graph, registry);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value.steps.stamp?.config;
}

describe('example.stamp-card', () => {
  it('is at version 2', () => {
    expect(stampCardNode.version).toBe(2);
  });

  it('migrates a v1 config: `stamps` became `size`', () => {
    expect(stampConfig(journey({ card: 'coffee', stamps: 8 }, 1))).toEqual({ card: 'coffee', size: 8 });
  });

  it('records the current version for a migrated step', () => {
    const result = compileJourney(journey({ card: 'coffee', stamps: 8 }, 1), registry);
    expect(result.ok && result.value.steps.stamp?.typeVersion).toBe(2);
  });

  it('fills the default size for a v1 config without `stamps`', () => {
    expect(stampConfig(journey({ card: 'coffee' }, 1))).toEqual({ card: 'coffee', size: 10 });
  });

  it('leaves a v2 config alone (and one without a version is current)', () => {
    expect(stampConfig(journey({ card: 'tea', size: 5 }, 2))).toEqual({ card: 'tea', size: 5 });
    expect(stampConfig(journey({ card: 'tea', size: 5 }))).toEqual({ card: 'tea', size: 5 });
  });

  it('validates the migrated value with the v2 rules', () => {
    const result = compileJourney(journey({ card: 'coffee', stamps: 1 }, 1), registry);
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({ code: 'invalid_config', nodeId: 'stamp', path: 'size' }),
    ]);
  });

  it('refuses a config from a future version', () => {
    const result = compileJourney(journey({ card: 'coffee', size: 8 }, 3), registry);
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({ code: 'unsupported_type_version', nodeId: 'stamp' }),
    ]);
  });

  it('the migration passes non-objects through for the schema to reject', () => {
    const migrate = stampCardNode.migrations?.[1];
    expect(migrate?.(null)).toBeNull();
    expect(migrate?.('x')).toBe('x');
    expect(migrate?.({ card: 'a' })).toEqual({ card: 'a' });
  });
});
