import { editorRegistry, nodeRegistry } from '../app/node-registry';
import { createNodeCatalog } from './graph/catalog';
import { defaultConfigFor } from './inspector';
import type { EditorDeps } from './store/editor-store';

/** The app's registries, as every editor store gets them. */
export const editorDeps: EditorDeps = {
  catalog: createNodeCatalog(nodeRegistry),
  editors: editorRegistry,
  defaultConfig: defaultConfigFor,
};
