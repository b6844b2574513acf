import { describe, expect, it } from 'vitest';
import { format, type Locale, type LocalizedText } from '../../../app/i18n';
import { conditionEvent, conditionEventPath, propertyOptions, type PropertyUse } from './property-options';

const translator =
  (locale: Locale) =>
  (text: LocalizedText, values?: Readonly<Record<string, string | number>>): string =>
    format(text[locale], values, locale);

const now = Date.parse('2026-12-07T12:00:00Z');
const uses: PropertyUse[] = [
  { name: 'amount', count: 812, lastSeenAt: '2026-12-07T10:00:00Z', type: 'number', examples: ['120', '990'] },
  { name: 'items', count: 1, lastSeenAt: '2026-12-04T12:00:00Z', type: 'array', examples: [] },
];

describe('the event property picker', () => {
  it('finds the event beside the where list of a trigger, a wait and a branch condition', () => {
    expect(conditionEventPath('where.0.path')).toBe('event');
    expect(conditionEventPath('conditions.2.where.11.path')).toBe('conditions.2.event');
    expect(conditionEventPath('conditions.2.path')).toBeUndefined();
    expect(conditionEventPath('where.0.value')).toBeUndefined();

    expect(conditionEvent({ event: ' purchase ', where: [{ path: '' }] }, 'where.0.path')).toBe('purchase');
    const branch = { conditions: [{ subject: 'tag' }, { subject: 'event', event: 'app_opened', where: [] }] };
    expect(conditionEvent(branch, 'conditions.1.where.0.path')).toBe('app_opened');
    expect(conditionEvent(branch, 'conditions.0.where.0.path')).toBe('');
    expect(conditionEvent({ mode: 'event' }, 'where.0.path')).toBe('');
    expect(conditionEvent(undefined, 'where.0.path')).toBe('');
  });

  it('describes each property by use, last seen, type and examples, in the marketer’s language', () => {
    const english = propertyOptions(uses, 1000, translator('en'), 'en', now, 'just now');
    expect(english).toEqual([
      {
        id: 'amount',
        description: 'on 812 of the last 1,000 events · last seen 2 hours ago · number, e.g. 120, 990',
      },
      { id: 'items', description: 'on 1 of the last 1,000 events · last seen 3 days ago · list' },
    ]);
    const taiwan = propertyOptions(uses, 1000, translator('zh-TW'), 'zh-TW', now, '剛剛');
    expect(taiwan[0]?.description).toBe('最近 1000 筆事件中有 812 筆 · 最後出現：2 小時前 · 數字，例如 120, 990');
  });
});
