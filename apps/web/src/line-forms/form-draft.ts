// The editor's draft of a LINE form, and its conversion to and from the API's shape. Options are
// edited as lines of `English | 繁體中文 | 简体中文`; the English words are the saved value.
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@wayfarer/server';

export type LineForm = inferRouterOutputs<AppRouter>['liffForms']['list'][number];
export type LineFormInput = inferRouterInputs<AppRouter>['liffForms']['create'];
type FieldInput = LineFormInput['fields'][number];
export type FieldKind = FieldInput['kind'];

export const fieldKinds: readonly FieldKind[] = ['birthday', 'phone', 'email', 'choice', 'text'];

export interface FieldDraft {
  kind: FieldKind;
  labelEn: string;
  labelZhTw: string;
  labelZhCn: string;
  attribute: string;
  required: boolean;
  multiple: boolean;
  options: string;
}

export interface FormDraft {
  name: string;
  liffId: string;
  eventName: string;
  fields: FieldDraft[];
}

export const defaultAttribute: Record<FieldKind, string> = {
  birthday: 'birthday',
  phone: 'phone',
  email: 'email',
  choice: 'preferences',
  text: 'note',
};

export function newField(kind: FieldKind): FieldDraft {
  return {
    kind,
    labelEn: '',
    labelZhTw: '',
    labelZhCn: '',
    attribute: defaultAttribute[kind],
    required: false,
    multiple: kind === 'choice',
    options: '',
  };
}

export function newDraft(): FormDraft {
  return {
    name: '',
    liffId: '',
    eventName: 'liff_form_submitted',
    fields: [{ ...newField('birthday'), required: true }],
  };
}

const optional = (text: string) => (text.trim() === '' ? {} : { value: text.trim() });

function textOf(en: string, zhTw: string, zhCn: string) {
  const tw = optional(zhTw);
  const cn = optional(zhCn);
  return {
    en: en.trim(),
    ...('value' in tw ? { 'zh-TW': tw.value } : {}),
    ...('value' in cn ? { 'zh-CN': cn.value } : {}),
  };
}

function optionsOf(lines: string) {
  return lines
    .split('\n')
    .map((line) => line.split('|').map((part) => part.trim()))
    .filter(([en]) => en !== undefined && en !== '')
    .map(([en = '', zhTw = '', zhCn = '']) => ({ value: en, label: textOf(en, zhTw, zhCn) }));
}

/** What the API is sent for the draft (it checks the rest and names the field at fault). */
export function toFormInput(draft: FormDraft): LineFormInput {
  return {
    name: draft.name.trim(),
    liffId: draft.liffId.trim(),
    eventName: draft.eventName.trim(),
    fields: draft.fields.map((field) => ({
      kind: field.kind,
      label: textOf(field.labelEn, field.labelZhTw, field.labelZhCn),
      required: field.required,
      attribute: field.attribute.trim(),
      ...(field.kind === 'choice' ? { options: optionsOf(field.options), multiple: field.multiple } : {}),
    })),
  };
}

export function draftOf(form: LineForm): FormDraft {
  return {
    name: form.name,
    liffId: form.liffId,
    eventName: form.eventName,
    fields: form.fields.map((field) => ({
      kind: field.kind,
      labelEn: field.label.en,
      labelZhTw: field.label['zh-TW'] ?? '',
      labelZhCn: field.label['zh-CN'] ?? '',
      attribute: field.attribute,
      required: field.required,
      multiple: field.multiple === true,
      options: (field.options ?? [])
        .map((option) =>
          [option.label.en, option.label['zh-TW'] ?? '', option.label['zh-CN'] ?? '']
            .join(' | ')
            .replace(/( \| )+$/, ''),
        )
        .join('\n'),
    })),
  };
}
