// The deployment view: built-ins plus this package, composed the way the worker and the editor do.
import { builtinNodeTypes, createNodeRegistry } from '@wayfarer/nodes';
import { builtinEditors, createEditorRegistry } from '@wayfarer/nodes/editor';
import {
  builtinRuntimes,
  createRuntimeRegistry,
  needsRuntime,
  type EventsService,
  type ProfileService,
  type RuntimeContext,
} from '@wayfarer/nodes/runtime';
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

  it('the package lists a facet for each of its own node types (a runtime where one runs)', () => {
    expect(runtimes.map((facet) => facet.type)).toEqual(nodeTypes.filter(needsRuntime).map((spec) => spec.type));
    expect(editors.map((facet) => facet.type)).toEqual(nodeTypes.map((spec) => spec.type));
  });
});

describe('stamp card runtime', () => {
  const registry = createRuntimeRegistry(nodes, [...builtinRuntimes, ...runtimes]);

  interface Visit {
    port: string;
    written: Record<string, unknown>[];
    emitted: { name: string; properties?: Record<string, unknown> }[];
  }

  async function visit(stamps: unknown, size: number): Promise<Visit> {
    const written: Record<string, unknown>[] = [];
    const emitted: Visit['emitted'] = [];
    const context: RuntimeContext<{ profile: ProfileService; events: EventsService }> = {
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
        profile: {
          setAttributes: (attributes) => Promise.resolve(void written.push(attributes)),
          addTags: () => Promise.reject(new Error('unexpected')),
          removeTags: () => Promise.reject(new Error('unexpected')),
        },
        events: {
          emit: (name, properties) => {
            emitted.push({ name, properties });
            return Promise.resolve({ eventId: 'ev', duplicate: false });
          },
        },
      },
    };
    const result = await registry.get('example.stamp-card')?.execute({ card: 'coffee', size }, context);
    return { port: result?.port ?? 'none', written, emitted };
  }

  it('adds a stamp and follows `stamped` until the card is full', async () => {
    const stamped = { port: 'stamped', emitted: [] };
    await expect(visit(undefined, 3)).resolves.toEqual({ ...stamped, written: [{ stamps_coffee: 1 }] });
    await expect(visit(1, 3)).resolves.toEqual({ ...stamped, written: [{ stamps_coffee: 2 }] });
  });

  it('follows `card_full` on the last stamp, restarts the card and records that it was filled', async () => {
    await expect(visit(2, 3)).resolves.toEqual({
      port: 'card_full',
      written: [{ stamps_coffee: 0 }],
      emitted: [{ name: 'stamp_card_completed', properties: { card: 'coffee', size: 3 } }],
    });
  });

  it('treats a garbage stamp count as zero', async () => {
    await expect(visit('lots', 3)).resolves.toEqual({ port: 'stamped', written: [{ stamps_coffee: 1 }], emitted: [] });
  });
});
