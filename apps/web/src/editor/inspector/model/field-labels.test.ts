import { describe, expect, it } from 'vitest';
import { fieldText, humanize, optionLabel } from './field-labels';

describe('field labels', () => {
  it('humanizes camelCase, snake_case and kebab-case names', () => {
    expect(humanize('setAttributes')).toBe('Set attributes');
    expect(humanize('time_of_day')).toBe('Time of day');
    expect(humanize('order-id')).toBe('Order id');
  });

  it('uses the name alone without a description', () => {
    expect(fieldText('couponPool', undefined, 'en')).toEqual({ label: 'Coupon pool' });
    expect(fieldText('points', undefined, 'zh-CN')).toEqual({ label: '积分' });
  });

  it('turns short descriptions that name the field into the label', () => {
    expect(fieldText('card', 'Card name', 'en')).toEqual({ label: 'Card name' });
  });

  it('keeps other descriptions as help', () => {
    expect(fieldText('body', 'Liquid template', 'en')).toEqual({ label: 'Message', help: 'Liquid template' });
  });

  it('prefers a translated name over an English description outside English', () => {
    expect(fieldText('event', 'Event name, e.g. purchase', 'zh-TW')).toEqual({
      label: '事件',
      help: '事件名稱，例如 purchase',
      placeholder: 'purchase',
    });
  });

  it('says a spec’s help in the UI language, never switching to English', () => {
    expect(fieldText('name', 'Message name shown in reports', 'zh-TW').help).toBe('報表中顯示的訊息名稱');
    expect(fieldText('body', 'Liquid template', 'zh-CN').help).toBe('Liquid 模板');
    expect(fieldText('body', 'Liquid template', 'en').help).toBe('Liquid template');
  });

  it('labels options from the glossary or by humanizing', () => {
    expect(optionLabel('gte', 'en')).toBe('at least');
    expect(optionLabel('days', 'zh-TW')).toBe('天');
    expect(optionLabel('first_purchase', 'en')).toBe('First purchase');
    expect(optionLabel(3, 'en')).toBe('3');
  });
});
