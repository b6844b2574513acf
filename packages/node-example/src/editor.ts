import { defineEditor, type EditorPackage } from '@wayfarer/nodes/editor';
import { stampCardNode } from './stamp-card';

export const editors: EditorPackage['editors'] = [
  defineEditor(stampCardNode, { icon: '🎫', summary: (config) => `Stamp the ${config.card} card (${config.size} stamps)` }),
];
