import { describe, expect, it } from 'vitest';
import { emptyForm, rowsToRecord, toRunInput, type SimulationForm } from './sim-form';

const base = (): SimulationForm => ({
  ...emptyForm('Asia/Taipei', 'zh-TW'),
  startEvent: { name: 'signed_up', properties: [{ key: 'plan', value: 'gold' }] },
});

describe('toRunInput', () => {
  it('builds a made-up customer with typed attributes, tags and points, and events sorted by time', () => {
    const form = base();
    form.customer = {
      kind: 'sample',
      externalId: ' mei ',
      attributes: [
        { key: 'name', value: 'Mei' },
        { key: 'age', value: '31' },
        { key: '', value: 'ignored' },
      ],
      tags: 'vip, coffee',
      timezone: 'Asia/Taipei',
      locale: 'zh-TW',
      points: '120',
    };
    form.events = [
      { day: '5', time: '09:00', name: 'visit', properties: [] },
      { day: '2', time: '10:00', name: 'purchase', properties: [{ key: 'amount', value: '300' }] },
    ];
    const result = toRunInput(form, 'j1', { kind: 'draft' });
    expect(result).toEqual({
      ok: true,
      input: {
        journeyId: 'j1',
        source: { kind: 'draft' },
        customer: {
          kind: 'sample',
          externalId: 'mei',
          attributes: { name: 'Mei', age: 31 },
          tags: ['vip', 'coffee'],
          timezone: 'Asia/Taipei',
          locale: 'zh-TW',
          points: 120,
        },
        startEvent: { name: 'signed_up', properties: { plan: 'gold' } },
        days: 30,
        events: [
          { atHours: 34, name: 'purchase', properties: { amount: 300 } },
          { atHours: 105, name: 'visit', properties: {} },
        ],
        sendingRules: 'apply',
      },
    });
  });

  it('turns the sending rules off when the switch is off', () => {
    const form = base();
    form.customer = { kind: 'existing', customerId: 'c-1', label: 'Mei' };
    form.applySendingRules = false;
    const result = toRunInput(form, 'j1', { kind: 'draft' });
    expect(result.ok && result.input.sendingRules).toBe('ignore');
  });

  it('uses an existing customer by id', () => {
    const form = base();
    form.customer = { kind: 'existing', customerId: 'c-1', label: 'Mei' };
    const result = toRunInput(form, 'j1', { kind: 'version', versionId: 'v1' });
    expect(result.ok && result.input.customer).toEqual({ kind: 'existing', customerId: 'c-1' });
  });

  it('reports every problem at once', () => {
    const form = emptyForm('UTC', 'en');
    form.customer = { kind: 'existing', customerId: null, label: '' };
    form.days = '0';
    form.events = [{ day: '1', time: '25:00', name: '', properties: [] }];
    expect(toRunInput(form, 'j1', { kind: 'draft' })).toEqual({
      ok: false,
      problems: [
        { code: 'customer' },
        { code: 'start_event' },
        { code: 'days' },
        { code: 'event_time', index: 0 },
        { code: 'event_name', index: 0 },
      ],
    });
  });
});

describe('rowsToRecord', () => {
  it('keeps numbers and booleans typed and text as typed', () => {
    expect(
      rowsToRecord([
        { key: 'a', value: '1.5' },
        { key: 'b', value: 'true' },
        { key: 'c', value: ' x ' },
      ]),
    ).toEqual({
      a: 1.5,
      b: true,
      c: ' x ',
    });
  });
});
