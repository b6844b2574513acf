import { describe, expect, it } from 'vitest';
import { builtinNodeTypes, endNode, sendNode, tagNode } from './builtins';
import { builtinEditors } from './editor/builtins.editor';
import { defineEditor } from './editor/define-editor';
import { createEditorRegistry } from './editor/editor-registry';
import { NodeRegistryError } from './errors';
import { createNodeRegistry } from './registry';
import { builtinRuntimes } from './runtime/builtins.runtime';
import { defineRuntime } from './runtime/define-runtime';
import { createRuntimeRegistry, needsRuntime } from './runtime/runtime-registry';

const nodes = createNodeRegistry(builtinNodeTypes);

function registryError(build: () => unknown): NodeRegistryError {
  try {
    build();
  } catch (error) {
    if (error instanceof NodeRegistryError) return error;
    throw error;
  }
  throw new Error('expected a NodeRegistryError');
}

describe('built-in facets', () => {
  it('every built-in action, branch and wait has a runtime facet bound to its spec', () => {
    const runtimes = createRuntimeRegistry(nodes, builtinRuntimes);
    const needing = nodes.list().filter(needsRuntime);
    expect(needing.length).toBeGreaterThan(0);
    for (const spec of needing) expect(runtimes.get(spec.type)?.spec).toBe(spec);
  });

  it('triggers and ends run inside the workflow and need no runtime facet', () => {
    const kinds = new Set(
      nodes
        .list()
        .filter((spec) => !needsRuntime(spec))
        .map((spec) => spec.kind),
    );
    expect([...kinds].sort()).toEqual(['end', 'trigger']);
  });

  it('every built-in has an editor facet with an icon and a summary', () => {
    const editors = createEditorRegistry(nodes, builtinEditors);
    for (const spec of nodes.list()) {
      const editor = editors.get(spec.type);
      expect(editor?.spec, spec.type).toBe(spec);
      expect(editor?.icon.length, spec.type).toBeGreaterThan(0);
    }
  });

  it('editor summaries describe the config', () => {
    const editors = createEditorRegistry(nodes, builtinEditors);
    expect(editors.get('core.wait')?.summary({ mode: 'duration', duration: { amount: 1, unit: 'days' } }, 'en')).toBe(
      'Wait 1 day',
    );
    expect(editors.get('core.tag')?.summary({ add: ['vip'], remove: ['new'], setAttributes: {} }, 'en')).toBe(
      '+vip −new',
    );
  });

  it('every built-in has a namespaced type id and a title in every UI language', () => {
    for (const spec of nodes.list()) {
      expect(spec.type).toMatch(/^core\.[a-z.-]+$/);
      expect(Object.keys(spec.title).sort()).toEqual(['en', 'zh-CN', 'zh-TW']);
      expect(Object.keys(spec.description).sort()).toEqual(['en', 'zh-CN', 'zh-TW']);
    }
  });
});

describe('registry composition errors', () => {
  it('rejects a node type registered twice', () => {
    expect(registryError(() => createNodeRegistry([tagNode, tagNode])).code).toBe('duplicate_node_type');
  });

  it('rejects a spec that needs a runtime facet but has none, naming it', () => {
    const error = registryError(() =>
      createRuntimeRegistry(
        nodes,
        builtinRuntimes.filter((facet) => facet.type !== 'core.send'),
      ),
    );
    expect(error.code).toBe('missing_facet');
    expect(error.message).toContain('core.send');
  });

  it('rejects a spec without an editor facet', () => {
    const error = registryError(() =>
      createEditorRegistry(
        nodes,
        builtinEditors.filter((facet) => facet.type !== 'core.end'),
      ),
    );
    expect(error).toMatchObject({ code: 'missing_facet', message: expect.stringContaining('core.end') });
  });

  it('rejects a facet whose node type is not registered', () => {
    const small = createNodeRegistry([endNode]);
    const error = registryError(() =>
      createRuntimeRegistry(small, [
        defineRuntime(sendNode, { execute: () => Promise.resolve({ port: 'sent' as const }) }),
      ]),
    );
    expect(error.code).toBe('facet_without_spec');
    expect(
      registryError(() => createEditorRegistry(small, [defineEditor(sendNode, { icon: 'x', summary: () => '' })])).code,
    ).toBe('facet_without_spec');
  });
});
