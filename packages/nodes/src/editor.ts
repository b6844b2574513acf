// Entry point for the browser: how node types look. Never bundles I/O.
export { defineEditor } from './editor/define-editor';
export type { AnyEditorFacet, EditorFacet, FieldCondition } from './editor/define-editor';
export { createEditorRegistry } from './editor/editor-registry';
export type { EditorRegistry } from './editor/editor-registry';
export { builtinEditors, durationText } from './editor/builtins.editor';
/** What a node-type package's `/editor` entry exports. */
export type { EditorPackage } from './editor/editor-package';
/** How a message's content is edited (a send node, the template library): widgets and per-channel fields. */
export { messageContentVisibility, messageContentWidgets } from './editor/message-content.editor';
