import { describe, expect, it } from 'vitest';
import { renderTemplate, templateScope } from './template';
import { event, fakeContext } from './test-context';

describe('renderTemplate', () => {
  it('fills customer attributes and built-in fields', async () => {
    const { context } = fakeContext();
    await expect(
      renderTemplate('Hi {{ customer.name }} ({{ customer.tier }}), you have {{ customer.points }} points', context),
    ).resolves.toBe('Hi Amy (gold), you have 120 points');
    await expect(
      renderTemplate('{{ customer.id }} {{ customer.timezone }} {{ customer.locale }}', context),
    ).resolves.toBe('amy-42 Asia/Taipei zh-TW');
  });

  it('renders missing values as empty and supports filters and defaults', async () => {
    const { context } = fakeContext();
    await expect(renderTemplate('[{{ customer.nickname }}]', context)).resolves.toBe('[]');
    await expect(renderTemplate('{{ customer.nickname | default: "friend" }}', context)).resolves.toBe('friend');
    await expect(renderTemplate('{{ customer.name | upcase }}', context)).resolves.toBe('AMY');
  });

  it('exposes the entry event and its properties', async () => {
    const { context } = fakeContext({ entryEvent: event('purchase', { total: 990, sku: 'tea' }) });
    await expect(renderTemplate('{{ event.name }}: {{ event.sku }} ${{ event.total }}', context)).resolves.toBe(
      'purchase: tea $990',
    );
  });

  it('supports control flow on tags', async () => {
    const { context } = fakeContext();
    const template = '{% if customer.tags contains "vip" %}VIP{% else %}member{% endif %}';
    await expect(renderTemplate(template, context)).resolves.toBe('VIP');
  });

  it('rejects unknown filters instead of silently dropping them', async () => {
    const { context } = fakeContext();
    await expect(renderTemplate('{{ customer.name | shout }}', context)).rejects.toThrow();
  });

  it('does not reach prototype members', async () => {
    const { context } = fakeContext();
    await expect(
      renderTemplate('[{{ customer.constructor }}][{{ customer.tags.constructor }}]', context),
    ).resolves.toBe('[][]');
  });

  it('keeps the real id when an attribute is called id', async () => {
    const { context } = fakeContext({ customer: { attributes: { id: 'spoofed', name: 'Amy' } } });
    await expect(renderTemplate('{{ customer.id }}', context)).resolves.toBe('amy-42');
  });
});

describe('templateScope', () => {
  it('offers customer, event and now', () => {
    const { context } = fakeContext();
    const scope = templateScope(context);
    expect(Object.keys(scope).sort()).toEqual(['customer', 'event', 'now']);
    expect(scope.now).toBe('2024-03-10T00:00:00.000Z');
    expect(scope.event).toEqual({});
  });
});
