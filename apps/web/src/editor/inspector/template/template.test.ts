import { describe, expect, it } from 'vitest';
import { templateScope, type RuntimeContext } from '@wayfarer/nodes/runtime';
import { renderPreview } from './render-preview';
import { defaultSampleCustomer, previewScope, type SampleCustomer } from './sample-customer';
import { insertAt, templateVariables, variableTag } from './variables';

const now = new Date('2025-03-01T01:00:00.000Z');
const scope = previewScope(defaultSampleCustomer, now);

describe('preview scope', () => {
  it('has the shape the worker gives templates (templateScope), for the same customer', () => {
    const sample = defaultSampleCustomer;
    // Only the fields templateScope reads; the rest of a RuntimeContext is irrelevant here.
    const context = {
      now,
      customer: {
        id: 'internal-1',
        externalId: sample.id,
        attributes: { ...sample.attributes },
        tags: [...sample.tags],
        points: sample.points,
        timezone: sample.timezone,
        locale: sample.locale,
      },
      entryEvent: {
        id: 'evt-1',
        name: sample.event.name,
        properties: { ...sample.event.properties },
        timestamp: now.toISOString(),
      },
    } as unknown as RuntimeContext;
    expect(scope).toEqual({
      ...templateScope(context),
      leaderboard: expect.objectContaining({ rank: 2, points: sample.points }) as unknown,
    });
  });
});

describe('templateVariables', () => {
  it('lists the sample’s variables, customer first, without the attributes duplicate', () => {
    const variables = templateVariables(scope);
    expect(variables.slice(0, 4)).toEqual(['customer.name', 'customer.tier', 'customer.city', 'customer.birthday']);
    expect(variables).toEqual(
      expect.arrayContaining([
        'customer.points',
        'customer.tags',
        'customer.timezone',
        'customer.locale',
        'event.name',
        'event.product',
        'now',
        'leaderboard.rank',
      ]),
    );
    expect(variables.some((variable) => variable.startsWith('customer.attributes'))).toBe(false);
  });
});

describe('leaderboard preview', () => {
  it('renders the rank and the top rows like a send would', () => {
    const template = '#{{ leaderboard.rank }}{% for row in leaderboard.top %} {{ row.name }}{% endfor %}';
    expect(renderPreview(template, scope)).toEqual({ ok: true, output: '#2 Ann Mei' });
  });
});

describe('variable insertion', () => {
  it('inserts a Liquid output tag at the caret and puts the caret after it', () => {
    expect(insertAt('Hi !', 3, 3, variableTag('customer.points'))).toEqual({
      text: 'Hi {{ customer.points }}!',
      caret: 24,
    });
  });

  it('gives a value some customers lack a fallback, the caret inside its quotes', () => {
    const inserted = insertAt('Hi !', 3, 3, variableTag('customer.name'));
    expect(inserted.text).toBe('Hi {{ customer.name | default: "" }}!');
    expect(inserted.text.slice(0, inserted.caret)).toBe('Hi {{ customer.name | default: "');
    expect(variableTag('event.sku').text).toBe('{{ event.sku | default: "" }}');
    expect(variableTag('now').text).toBe('{{ now }}');
  });

  it('replaces a selection', () => {
    expect(insertAt('Hi NAME', 3, 7, variableTag('customer.points')).text).toBe('Hi {{ customer.points }}');
  });

  it('clamps a stale selection to the text', () => {
    expect(insertAt('Hi', 10, 12, 'X')).toEqual({ text: 'HiX', caret: 3 });
  });
});

describe('renderPreview', () => {
  it('renders for Mei with filters, tags and points', () => {
    const template =
      'Hi {{ customer.name }} ({{ customer.tier }}), {{ customer.points }} pts{% if customer.tags contains "vip" %} ★{% endif %} — {{ event.product | upcase }}';
    expect(renderPreview(template, scope)).toEqual({ ok: true, output: 'Hi Mei (VIP), 1280 pts ★ — OOLONG TEA' });
  });

  it('follows edits of the sample customer', () => {
    const edited: SampleCustomer = {
      ...defaultSampleCustomer,
      attributes: { ...defaultSampleCustomer.attributes, name: 'Wei' },
    };
    expect(renderPreview('Hi {{ customer.name }}', previewScope(edited, now))).toEqual({ ok: true, output: 'Hi Wei' });
  });

  it('reports syntax errors with their position', () => {
    expect(renderPreview('Hi {{ customer.name', scope)).toMatchObject({ ok: false, line: 1, column: 4 });
    const unknownTag = renderPreview('{% iff x %}', scope);
    expect(unknownTag.ok).toBe(false);
    expect(!unknownTag.ok && unknownTag.message).toMatch(/iff/);
  });

  it('rejects unknown filters, as the worker does', () => {
    expect(renderPreview('{{ customer.name | shout }}', scope).ok).toBe(false);
  });
});
