import { describe, expect, it } from 'vitest';
import { branchConditionSchema, waitConfigSchema } from '@wayfarer/nodes';
import type { UnionField } from './field-model';
import { buildFieldModel } from './schema-to-model';
import { currentOption, fitsModel, switchOption } from './union-option';

const union = (schema: Parameters<typeof buildFieldModel>[0]) =>
  buildFieldModel(schema, { locale: 'en' }) as UnionField;

describe('switchOption', () => {
  const condition = union(branchConditionSchema);

  it('starts the new option from its defaults', () => {
    expect(switchOption(condition, { subject: 'tag', op: 'has', tag: 'vip' }, 'points')).toEqual({
      subject: 'points',
      op: 'eq',
      value: 0,
    });
  });

  it('keeps values the new option also accepts', () => {
    const attribute = { subject: 'attribute', path: 'tier', op: 'gte', value: 3 };
    expect(switchOption(condition, attribute, 'points')).toEqual({ subject: 'points', op: 'gte', value: 3 });
  });

  it('drops values of the wrong type or outside the new enum', () => {
    const attribute = { subject: 'attribute', path: 'tier', op: 'contains', value: 'VIP' };
    expect(switchOption(condition, attribute, 'points')).toEqual({ subject: 'points', op: 'eq', value: 0 });
  });

  it('keeps an event name when a wait switches between event-like options and back', () => {
    const wait = union(waitConfigSchema);
    const event = { mode: 'event', event: 'purchase', where: [], timeout: { amount: 3, unit: 'days' } };
    const duration = switchOption(wait, event, 'duration');
    expect(duration).toEqual({ mode: 'duration', duration: { amount: 1, unit: 'days' } });
    expect(switchOption(wait, { ...duration, event: 'purchase' }, 'event')).toMatchObject({
      mode: 'event',
      event: 'purchase',
    });
  });

  it('finds the current option from the discriminator, or none', () => {
    expect(currentOption(condition, { subject: 'tag' })?.value).toBe('tag');
    expect(currentOption(condition, { subject: 'nope' })).toBeUndefined();
    expect(currentOption(condition, undefined)).toBeUndefined();
  });
});

describe('fitsModel', () => {
  const condition = union(branchConditionSchema);
  const points = condition.options.find((option) => option.value === 'points')!;
  const [op, value] = points.fields;

  it('checks type and enum membership, shallowly', () => {
    expect(fitsModel(op!, 'gte')).toBe(true);
    expect(fitsModel(op!, 'contains')).toBe(false);
    expect(fitsModel(value!, 3)).toBe(true);
    expect(fitsModel(value!, '3')).toBe(false);
    expect(fitsModel(value!, null)).toBe(false);
    expect(fitsModel(condition, { subject: 'tag' })).toBe(true);
  });
});
