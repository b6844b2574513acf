import { indexFacets, type NodeRegistry } from '../registry';
import type { AnyEditorFacet } from './define-editor';

export interface EditorRegistry {
  nodes: NodeRegistry;
  get(type: string): AnyEditorFacet | undefined;
}

/** Pairs every spec with its editor facet; a spec without one is an error. */
export function createEditorRegistry(nodes: NodeRegistry, facets: readonly AnyEditorFacet[]): EditorRegistry {
  const byType = indexFacets(nodes, facets, 'editor', () => true);
  return { nodes, get: (type) => byType.get(type) };
}
