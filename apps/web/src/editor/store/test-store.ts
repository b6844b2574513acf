// A store over the built-in node types, for tests.
import { builtinNodeTypes, createNodeRegistry } from '@wayfarer/nodes';
import { builtinEditors, createEditorRegistry } from '@wayfarer/nodes/editor';
import { createNodeCatalog } from '../graph/catalog';
import { chain } from '../graph/test-graph';
import { createEditorStore, type EditorStore } from './editor-store';

const registry = createNodeRegistry(builtinNodeTypes);

export function testStore(options: { readOnly?: boolean } = {}): EditorStore {
  const deps = {
    catalog: createNodeCatalog(registry),
    editors: createEditorRegistry(registry, builtinEditors),
    defaultConfig: () => ({}),
  };
  return createEditorStore(deps, {
    doc: { graph: chain(), name: 'Welcome' },
    revision: 1,
    readOnly: options.readOnly ?? false,
  });
}

export const nodeIds = (store: EditorStore): string[] => store.getState().doc.graph.nodes.map((node) => node.id);
