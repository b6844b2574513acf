import { nodePackages } from 'virtual:wayfarer-node-packages';
import { builtinNodeTypes, createNodeRegistry, type NodeRegistry } from '@wayfarer/nodes';
import { builtinEditors, createEditorRegistry, type EditorRegistry } from '@wayfarer/nodes/editor';

/** Node types the editor offers: the built-ins plus the configured packages, each with its editor facet. */
export const nodeRegistry: NodeRegistry = createNodeRegistry(
  [...builtinNodeTypes, ...nodePackages.flatMap((pkg) => pkg.nodeTypes)],
  new Map(),
  nodePackages.flatMap((pkg) => pkg.eventRules ?? []),
);
export const editorRegistry: EditorRegistry = createEditorRegistry(nodeRegistry, [
  ...builtinEditors,
  ...nodePackages.flatMap((pkg) => pkg.editors),
]);
