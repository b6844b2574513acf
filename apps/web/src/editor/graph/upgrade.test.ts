import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createNodeRegistry, defineNodeType } from '@wayfarer/nodes';
import { upgradeGraph } from './upgrade';
import { graphOf, node } from './test-graph';

const stamp = defineNodeType({
  type: 'test.stamp',
  version: 3,
  kind: 'action',
  category: 'custom',
  title: { en: 'Stamp', 'zh-TW': '蓋章', 'zh-CN': '盖章' },
  description: { en: 'Stamp', 'zh-TW': '蓋章', 'zh-CN': '盖章' },
  config: z.object({ size: z.number() }),
  ports: [{ name: 'out' }],
  migrations: { 1: () => ({ stamps: 5 }), 2: (config) => ({ size: (config as { stamps: number }).stamps }) },
});
const registry = createNodeRegistry([stamp]);

describe('upgradeGraph', () => {
  it('runs the migrations from the saved version up to the current one', () => {
    const old = graphOf([{ ...node('a', 'test.stamp', {}), data: { config: {}, typeVersion: 1 } }]);
    expect(upgradeGraph(old, registry).nodes[0]?.data).toEqual({ config: { size: 5 }, typeVersion: 3 });
  });

  it('keeps current, versionless and unknown nodes as they are', () => {
    const graph = graphOf([
      { ...node('a', 'test.stamp', { size: 1 }), data: { config: { size: 1 }, typeVersion: 3 } },
      node('b', 'test.stamp'),
      node('c', 'acme.x'),
    ]);
    expect(upgradeGraph(graph, registry)).toBe(graph);
  });
});
