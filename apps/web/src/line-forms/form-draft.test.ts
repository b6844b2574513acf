import { describe, expect, it } from 'vitest';
import { draftOf, newDraft, newField, toFormInput, type LineForm } from './form-draft';

describe('LINE form drafts', () => {
  it('turn option lines into values with their words per language, and back', () => {
    const draft = newDraft();
    draft.name = ' Birthday club ';
    draft.liffId = '1657000000-AbCdEfGh';
    draft.fields.push({
      ...newField('choice'),
      labelEn: 'Interests',
      labelZhTw: '興趣',
      options: 'Tea | 茶 | 茶\nCoffee\n\n',
    });
    const input = toFormInput(draft);
    expect(input.name).toBe('Birthday club');
    expect(input.fields[1]).toEqual({
      kind: 'choice',
      label: { en: 'Interests', 'zh-TW': '興趣' },
      required: false,
      attribute: 'preferences',
      multiple: true,
      options: [
        { value: 'Tea', label: { en: 'Tea', 'zh-TW': '茶', 'zh-CN': '茶' } },
        { value: 'Coffee', label: { en: 'Coffee' } },
      ],
    });
    const saved = { ...input, id: 'f', pagePath: '/f/f', updatedAt: '' } as unknown as LineForm;
    expect(draftOf(saved).fields[1]?.options).toBe('Tea | 茶 | 茶\nCoffee');
  });
});
