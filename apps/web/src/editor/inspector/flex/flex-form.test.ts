import { describe, expect, it } from 'vitest';
import { emptyForm, layoutOf } from './flex-form';

describe('the Flex builder form', () => {
  it('turns filled fields into a coupon layout, leaving blank optional fields out', () => {
    const form = {
      ...emptyForm('coupon'),
      fields: { title: 'Hi {{ customer.name }}', description: ' ', buttonLabel: 'Use', buttonUrl: 'https://x.example' },
    };
    expect(layoutOf(form)).toEqual({
      ok: true,
      layout: { layout: 'coupon', title: 'Hi {{ customer.name }}', buttonLabel: 'Use', buttonUrl: 'https://x.example' },
    });
  });

  it('names the fields to fix, items by their position', () => {
    const form = { ...emptyForm('carousel'), items: [{ title: 'Bag', buttonLabel: 'Buy', buttonUrl: 'ftp://x' }] };
    expect(layoutOf(form)).toEqual({ ok: false, paths: ['items.0.buttonUrl'] });
  });
});
