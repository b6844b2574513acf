// Narrow selectors shared by components. Each returns a stable value for unchanged input.
import type { Diagnostic } from '@wayfarer/journey';
import type { EditorState } from './editor-store';
import { saveStateOf, type SaveState } from './save-slice';

const NO_PROBLEMS: readonly Diagnostic[] = [];

export const selectGraph = (state: EditorState) => state.doc.graph;
export const selectNodes = (state: EditorState) => state.doc.graph.nodes;
export const selectEdges = (state: EditorState) => state.doc.graph.edges;
export const selectProblems = (state: EditorState) => state.problems;
export const selectSaveState = (state: EditorState): SaveState => saveStateOf(state);

export const selectNodeProblems =
  (nodeId: string) =>
  (state: EditorState): readonly Diagnostic[] =>
    state.problemsByNode.get(nodeId) ?? NO_PROBLEMS;

/** The one selected node's id, when exactly one node (and no edge) is selected. */
export const selectSingleNodeId = (state: EditorState): string | undefined =>
  state.selectedNodeIds.length === 1 && state.selectedEdgeIds.length === 0 ? state.selectedNodeIds[0] : undefined;

/** What a feature lays over this node's card / this edge (see overlay-slice.ts). */
export const selectNodeBadge = (nodeId: string) => (state: EditorState) => state.nodeBadges.get(nodeId);
export const selectEdgeBadge = (edgeId: string) => (state: EditorState) => state.edgeBadges.get(edgeId);
export const selectNodeOnPath = (nodeId: string) => (state: EditorState) => state.highlight?.nodes.has(nodeId) ?? false;
export const selectEdgeOnPath = (edgeId: string) => (state: EditorState) => state.highlight?.edges.has(edgeId) ?? false;
