import { describe, expect, it } from 'vitest';
import { classifyAttribute, formatAttributeDate } from './attribute-value';

describe('classifyAttribute', () => {
  it('reads numbers, booleans, dates and date-times by their type', () => {
    expect(classifyAttribute(31)).toEqual({ type: 'number', value: 31 });
    expect(classifyAttribute(false)).toEqual({ type: 'boolean', value: false });
    expect(classifyAttribute('1994-05-06')).toEqual({ type: 'date', iso: '1994-05-06', dateOnly: true });
    expect(classifyAttribute('2026-03-01T10:00:00.000Z')).toMatchObject({ type: 'date', dateOnly: false });
  });

  it('keeps other strings as text, objects as JSON and null as empty', () => {
    expect(classifyAttribute('Mei')).toEqual({ type: 'string', text: 'Mei' });
    expect(classifyAttribute('2026-13-45')).toEqual({ type: 'string', text: '2026-13-45' });
    expect(classifyAttribute({ city: 'Taipei' })).toEqual({ type: 'json', text: '{"city":"Taipei"}' });
    expect(classifyAttribute(null)).toEqual({ type: 'empty' });
  });
});

describe('formatAttributeDate', () => {
  it('shows a date without time as that calendar day', () => {
    expect(formatAttributeDate({ iso: '1994-05-06', dateOnly: true }, 'en')).toBe('May 6, 1994');
  });
});
