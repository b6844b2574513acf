import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { builtinNodeTypes } from './builtins';
import { nodeCategoryOrder } from './categories';
import { defineNodeType } from './define';
import { listNodeTypes } from './listing';
import { createNodeRegistry } from './registry';

const lookup = defineNodeType({
  type: 'acme.lookup',
  version: 3,
  kind: 'action',
  category: 'custom',
  title: { en: 'Lookup', 'zh-TW': '查詢', 'zh-CN': '查询' },
  description: { en: 'Looks up', 'zh-TW': '查詢', 'zh-CN': '查询' },
  config: z.object({ field: z.string().min(1), retries: z.number().int().default(2) }),
  ports: [{ name: 'found' }, { name: 'missing' }],
  eventsRead: () => [],
});

// Registered first, listed with the custom types: the listing follows the category order.
const registry = createNodeRegistry(
  [lookup, ...builtinNodeTypes],
  new Map([['acme.lookup', '@acme/nodes'], ...builtinNodeTypes.map((spec) => [spec.type, '@wayfarer/nodes'] as const)]),
);

describe('listNodeTypes', () => {
  const listing = listNodeTypes(registry);

  it('lists every type once, in category order', () => {
    expect(listing.map((entry) => entry.type).sort()).toEqual(
      registry
        .list()
        .map((spec) => spec.type)
        .sort(),
    );
    const ranks = listing.map((entry) => nodeCategoryOrder.indexOf(entry.category));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(listing.at(-1)?.type).toBe('acme.lookup');
  });

  it('describes a custom type: version, package, ports and the JSON Schema of its input', () => {
    expect(listing.find((entry) => entry.type === 'acme.lookup')).toEqual({
      type: 'acme.lookup',
      version: 3,
      kind: 'action',
      category: 'custom',
      title: lookup.title,
      description: lookup.description,
      ports: ['found', 'missing'],
      portsDependOnConfig: false,
      package: '@acme/nodes',
      configSchema: expect.objectContaining({
        type: 'object',
        properties: { field: { type: 'string', minLength: 1 }, retries: expect.objectContaining({ default: 2 }) },
        required: ['field'],
      }),
    });
  });

  it('names no package when the registry was not told one', () => {
    expect(listNodeTypes(createNodeRegistry([lookup]))[0]?.package).toBeNull();
  });
});
