import { describe, expect, it } from 'vitest';
import { isShown } from './visibility';

describe('fields shown under a condition', () => {
  const flex = { visibleWhen: { field: 'channel', values: ['line'] } };

  it('shows a field only while the root value is one of its values', () => {
    expect(isShown(flex, { channel: 'line' })).toBe(true);
    expect(isShown(flex, { channel: 'email' })).toBe(false);
    expect(
      isShown({ visibleWhen: { field: 'delivery.channel', values: ['sms'] } }, { delivery: { channel: 'sms' } }),
    ).toBe(true);
  });

  it('shows fields without a condition, and all fields before the condition is chosen', () => {
    expect(isShown({}, { channel: 'email' })).toBe(true);
    expect(isShown(flex, {})).toBe(true);
  });
});
