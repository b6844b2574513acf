import { describe, expect, it } from 'vitest';
import { format, type Locale, type LocalizedText } from '../../app/i18n';
import { actionFilterOptions } from './action-filter';
import { auditVerbLabels, auditVerbs } from './audit-messages';

const translator = (locale: Locale) => (text: LocalizedText) => format(text[locale], {}, locale);

describe('the audit action filter', () => {
  it('offers every verb a row can say, and only those', () => {
    expect(Object.keys(auditVerbLabels).sort()).toEqual(Object.keys(auditVerbs).sort());
  });

  it('names each verb as the rows do, capitalised, in the language’s order, filtering by the last word', () => {
    const english = actionFilterOptions(translator('en'), 'en');
    expect(english.slice(0, 3)).toEqual([
      { value: '.archive', label: 'Archived' },
      { value: '.cancel', label: 'Cancelled' },
      { value: '.setTags', label: 'Changed the tags' },
    ]);
    // The row's sentence uses the same words: "… published …".
    const publish = english.find((option) => option.value === '.publish');
    expect(publish?.label).toBe('Published');
    expect(format(auditVerbs.publish?.en ?? '', { actor: 'Mei', entity: '“Spring”' })).toContain('published');
    const taiwan = actionFilterOptions(translator('zh-TW'), 'zh-TW');
    expect(taiwan.find((option) => option.value === '.publish')?.label).toBe('發布');
    expect(taiwan).toHaveLength(english.length);
  });
});
