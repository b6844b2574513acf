// The deployment view: built-ins plus this package, composed the way the worker and the editor do.
import { builtinNodeTypes, createNodeRegistry } from '@wayfarer/nodes';
import { builtinEditors, createEditorRegistry } from '@wayfarer/nodes/editor';
import { builtinRuntimes, createRuntimeRegistry, needsRuntime, type RuntimeContext } from '@wayfarer/nodes/runtime';
import { describe, expect, it } from 'vitest';
import { editors } from './editor';
import { nodeTypes } from './index';
import { runtimes } from './runtime';

const nodes = createNodeRegistry([...builtinNodeTypes, ...nodeTypes]);

describe('every registered spec has its facets (built-ins + example package)', () => {
  it('runtime facets for every action, branch and wait', () => {
    const registry = createRuntimeRegistry(nodes, [...builtinRuntimes, ...runtimes]);
    for (const spec of nodes.list().filter(needsRuntime)) expect(registry.get(spec.type)?.spec, spec.type).toBe(spec);
    expect(registry.get('example.stamp-card')).toBeDefined();
  });

  it('editor facets for every spec', () => {
    const registry = createEditorRegistry(nodes, [...builtinEditors, ...editors]);
    for (const spec of nodes.list()) expect(registry.get(spec.type)?.spec, spec.type).toBe(spec);
    expect(registry.get('example.stamp-card')?.summary({ card: 'coffee', size: 8 }, 'en')).toBe(
      'Stamp the coffee card (8 stamps)',
    );
  });

  it('the package lists a facet for each of its own node types', () => {
    expect(runtimes.map((facet) => facet.type)).toEqual(nodeTypes.map((spec) => spec.type));
    expect(editors.map((facet) => facet.type)).toEqual(nodeTypes.map((spec) => spec.type));
  });
});

describe('stamp card runtime', () => {
  const registry = createRuntimeRegistry(nodes, [...builtinRuntimes, ...runtimes]);

  async function visit(stamps: unknown, size: number): Promise<{ port: string; written: Record<string, unknown>[] }> {
    const written: Record<string, unknown>[] = [];
    const context: RuntimeContext = {
      workspaceId: 'ws',
      journeyId: 'j',
      journeyVersionId: 'v',
      enrollmentId: 'e',
      stepId: 'stamp',
      visit: 1,
      idempotencyKey: 'k',
      now: new Date(0),
      entryEvent: null,
      journeyEvents: [],
      customer: {
        id: 'c',
        externalId: 'x',
        attributes: stamps === undefined ? {} : { stamps_coffee: stamps },
        tags: [],
        points: 0,
        timezone: 'Asia/Taipei',
        locale: 'zh-TW',
      },
      services: {
        setAttributes: (attributes) => Promise.resolve(void written.push(attributes)),
        addTags: () => Promise.reject(new Error('unexpected')),
        removeTags: () => Promise.reject(new Error('unexpected')),
        sendMessage: () => Promise.reject(new Error('unexpected')),
        recordSendFailure: () => Promise.reject(new Error('unexpected')),
        grantPoints: () => Promise.reject(new Error('unexpected')),
      },
    };
    const result = await registry.get('example.stamp-card')?.execute({ card: 'coffee', size }, context);
    return { port: result?.port ?? 'none', written };
  }

  it('adds a stamp and follows `stamped` until the card is full', async () => {
    await expect(visit(undefined, 3)).resolves.toEqual({ port: 'stamped', written: [{ stamps_coffee: 1 }] });
    await expect(visit(1, 3)).resolves.toEqual({ port: 'stamped', written: [{ stamps_coffee: 2 }] });
  });

  it('follows `card_full` on the last stamp and restarts the card', async () => {
    await expect(visit(2, 3)).resolves.toEqual({ port: 'card_full', written: [{ stamps_coffee: 0 }] });
  });

  it('treats a garbage stamp count as zero', async () => {
    await expect(visit('lots', 3)).resolves.toEqual({ port: 'stamped', written: [{ stamps_coffee: 1 }] });
  });
});
