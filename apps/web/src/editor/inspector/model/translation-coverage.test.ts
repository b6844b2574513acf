import { describe, expect, it } from 'vitest';
import { builtinEditors } from '@wayfarer/nodes/editor';
import { builtinNodeTypes } from '@wayfarer/nodes';
import type { FieldModel } from './field-model';
import { buildFieldModel } from './schema-to-model';

// Words a zh-TW / zh-CN marketer reads as they are: product and protocol names.
const untranslatable =
  /^(LINE|Messenger|SMS|Email|Webhook|A\/B|Flex|HTML|URL|Liquid|Postback|LINE Postback|[\d\s.,:%/-]*)$/;
const hasCjk = /[\u3040-\u30ff\u3400-\u9fff]/;

/** Every word the form shows: labels, help, option labels, in the order of the form. */
function wordsOf(model: FieldModel): string[] {
  const own = [model.label, model.help ?? ''];
  switch (model.kind) {
    case 'object':
      return [...own, ...model.fields.flatMap(wordsOf)];
    case 'union':
      return [
        ...own,
        model.discriminatorLabel,
        ...model.options.flatMap((option) => [option.label, ...option.fields.flatMap(wordsOf)]),
      ];
    case 'enum':
      return [...own, ...model.options.map((option) => option.label)];
    case 'list':
      return [...own, ...wordsOf(model.item)];
    case 'record':
      return [...own, ...wordsOf(model.value)];
    case 'duration':
      return [...own, ...wordsOf(model.unit)];
    default:
      return own;
  }
}

describe('the built-in node forms in zh-TW and zh-CN', () => {
  for (const locale of ['zh-TW', 'zh-CN'] as const) {
    it(`shows no English label, help or option in ${locale}`, () => {
      const english = builtinNodeTypes.flatMap((spec) => {
        const widgets = builtinEditors.find((facet) => facet.type === spec.type)?.widgets;
        const model = buildFieldModel(spec.config, { locale, widgets });
        return (
          wordsOf(model)
            // The root and list items carry no label of their own.
            .filter((text) => text.trim() !== '' && !hasCjk.test(text) && !untranslatable.test(text.trim()))
            .map((text) => `${spec.type}: ${text}`)
        );
      });
      expect([...new Set(english)]).toEqual([]);
    });
  }
});
