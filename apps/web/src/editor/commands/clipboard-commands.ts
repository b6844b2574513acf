import { z } from 'zod';
import { graphEdgeSchema, graphNodeSchema, type JourneyGraph } from '@wayfarer/journey';
import { addFragment, copyFragment, remapFragment } from '../graph/fragment';
import type { Fragment, XY } from '../graph/graph-types';
import type { EditorStore } from '../store/editor-store';

// The clipboard is kept in localStorage so steps can be copied from one journey (or tab) into another.
const STORAGE_KEY = 'wayfarer.editor.clipboard';
const fragmentSchema = z.object({ nodes: z.array(graphNodeSchema), edges: z.array(graphEdgeSchema) });
let memory: Fragment | null = null;

function writeClipboard(fragment: Fragment): void {
  memory = fragment;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(fragment));
  } catch {
    // Storage full or disabled: the in-memory copy still works within this tab.
  }
}

function readClipboard(): Fragment | null {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored == null) return memory;
  try {
    const parsed = fragmentSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : memory;
  } catch {
    return memory;
  }
}

const STEP = 40;

/** Offsets a pasted fragment diagonally until it does not land exactly on existing cards. */
function pasteOffset(graph: JourneyGraph, fragment: Fragment): XY {
  const anchor = fragment.nodes[0]?.position ?? { x: 0, y: 0 };
  const taken = new Set(graph.nodes.map((node) => `${node.position.x},${node.position.y}`));
  let k = 1;
  while (k < 100 && taken.has(`${anchor.x + k * STEP},${anchor.y + k * STEP}`)) k++;
  return { x: k * STEP, y: k * STEP };
}

function addCopy(store: EditorStore, fragment: Fragment): void {
  const { doc, edit, select, readOnly } = store.getState();
  if (readOnly || fragment.nodes.length === 0) return;
  const copy = remapFragment(doc.graph, fragment, pasteOffset(doc.graph, fragment));
  edit((graph) => addFragment(graph, copy));
  select({ nodeIds: copy.nodes.map((node) => node.id), edgeIds: copy.edges.map((edge) => edge.id) });
}

/** Copies the selected nodes (and the edges between them). */
export function copySelection(store: EditorStore): boolean {
  const { doc, selectedNodeIds } = store.getState();
  const fragment = copyFragment(doc.graph, selectedNodeIds);
  if (fragment.nodes.length === 0) return false;
  writeClipboard(fragment);
  return true;
}

/** Pastes the clipboard with fresh ids, offset from the originals, and selects the copies. */
export function pasteClipboard(store: EditorStore): void {
  const fragment = readClipboard();
  if (fragment) addCopy(store, fragment);
}

/** Copies and pastes the selection in one go, leaving the clipboard alone. */
export function duplicateSelection(store: EditorStore): void {
  const { doc, selectedNodeIds } = store.getState();
  addCopy(store, copyFragment(doc.graph, selectedNodeIds));
}
