// The action form of one tap area, and the action it becomes (the API checks it again).
import type { RichMenuAction } from '@wayfarer/channels/spec';

export type ActionKind = RichMenuAction['type'];

export interface AreaDraft {
  kind: ActionKind;
  value: string;
}

export const emptyArea = (): AreaDraft => ({ kind: 'postback', value: '' });

/** `count` drafts, keeping those already written. */
export function resizeDrafts(drafts: readonly AreaDraft[], count: number): AreaDraft[] {
  return Array.from({ length: count }, (_, index) => drafts[index] ?? emptyArea());
}

export function toAction(draft: AreaDraft): RichMenuAction {
  const value = draft.value.trim();
  switch (draft.kind) {
    case 'postback':
      return { type: 'postback', data: value };
    case 'message':
      return { type: 'message', text: value };
    case 'uri':
      return { type: 'uri', uri: value };
    default: {
      const unreachable: never = draft.kind;
      return unreachable;
    }
  }
}
