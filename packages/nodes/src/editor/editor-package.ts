import type { AnyEditorFacet } from './define-editor';

/** What a node-type package's `/editor` entry exports. */
export interface EditorPackage {
  editors: readonly AnyEditorFacet[];
}
