import { describe, expect, it } from 'vitest';
import { choicesComplete, initialChoices, setupRequest } from './setup-choices';
import type { TemplateSetup } from './template-types';

const need = (ref: string, exists: boolean) => ({
  kind: 'badge' as const,
  ref,
  suggestedName: ref,
  suggestedDetail: '',
  exists,
  options: [{ ref: 'gold', name: 'Gold' }],
});

const setup = (connected: string[], assets = [need('streak-7', false), need('vip', true)]): TemplateSetup => ({
  templateChannels: ['line'],
  connectedChannels: connected,
  assets,
});

describe('template setup choices', () => {
  it('sends on the template’s channel when connected, else another connected one, else the test mailbox', () => {
    expect(initialChoices(setup(['sms', 'line'])).channel).toBe('line');
    expect(initialChoices(setup(['sms'])).channel).toBe('sms');
    expect(initialChoices(setup([])).channel).toBe('outbox');
  });

  it('keeps what the workspace has and makes what it lacks', () => {
    const choices = initialChoices(setup([]));
    expect(choices.assets).toEqual({ 'streak-7': { mode: 'create' }, vip: { mode: 'keep' } });
    expect(setupRequest(setup([]), choices)).toEqual({
      channel: 'outbox',
      assets: { 'streak-7': { create: true }, vip: { use: 'vip' } },
    });
  });

  it('is complete only once every picked asset has been chosen', () => {
    const choices = initialChoices(setup(['line']));
    choices.assets['streak-7'] = { mode: 'pick', ref: '' };
    expect(choicesComplete(setup(['line']), choices)).toBe(false);
    choices.assets['streak-7'] = { mode: 'pick', ref: 'gold' };
    expect(choicesComplete(setup(['line']), choices)).toBe(true);
    expect(setupRequest(setup(['line']), choices).assets['streak-7']).toEqual({ use: 'gold' });
  });
});
