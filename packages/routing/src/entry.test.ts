import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { noEventRules, type EventRule, type JourneyIR } from '@wayfarer/journey';
import {
  entryWorkflowId,
  eventRulesOf,
  findApiEntryStep,
  findEventEntryStep,
  findTagEntryStep,
  toJourneyEvent,
} from './entry';

/** A package's rule: an `amount` of at least the config's. */
const amountOver: EventRule<{ amount: number }> = {
  id: 'test.amount-over',
  config: z.object({ amount: z.number() }),
  events: () => ['purchase'],
  matches: (config, event) => Number(event.properties.amount) >= config.amount,
};
const rules = eventRulesOf({
  get: () => undefined,
  eventRule: (id) => (id === amountOver.id ? amountOver : undefined),
});

function irWith(triggers: JourneyIR['triggers']): JourneyIR {
  return {
    irVersion: 1,
    hash: 'h',
    start: triggers.map((trigger) => trigger.stepId),
    triggers,
    exit: [],
    goal: null,
    settings: {
      reentry: 'once',
      reentryCooldown: null,
      entryLimit: null,
      exitOn: [],
      goal: null,
      continueAsNewAfterSteps: 500,
    },
    steps: {},
  };
}

const ir = irWith([
  {
    stepId: 'huge',
    type: 'test.trigger.amount-over',
    match: { on: 'rule', rule: amountOver.id, events: ['purchase'], config: { amount: 1000 } },
  },
  {
    stepId: 'big',
    type: 'core.trigger.event',
    match: { on: 'event', event: 'purchase', where: [{ path: 'amount', op: 'gte', value: 100 }] },
  },
  { stepId: 'any', type: 'core.trigger.event', match: { on: 'event', event: 'purchase', where: [] } },
  { stepId: 'api', type: 'core.trigger.api', match: { on: 'api' } },
  { stepId: 'vip', type: 'core.trigger.tag', match: { on: 'tag', tag: 'VIP' } },
]);

describe('findEventEntryStep', () => {
  it('picks the first trigger whose name and filters match', () => {
    expect(findEventEntryStep(ir, { name: 'purchase', properties: { amount: 1500 } }, rules)).toBe('huge');
    expect(findEventEntryStep(ir, { name: 'purchase', properties: { amount: 150 } }, rules)).toBe('big');
    expect(findEventEntryStep(ir, { name: 'purchase', properties: { amount: 50 } }, rules)).toBe('any');
  });

  it('skips a trigger whose event rule the deployment does not have', () => {
    expect(findEventEntryStep(ir, { name: 'purchase', properties: { amount: 1500 } }, noEventRules)).toBe('big');
    expect(findEventEntryStep(ir, { name: 'purchase', properties: { amount: 1500 } }, eventRulesOf(undefined))).toBe(
      'big',
    );
  });

  it('finds nothing for another event', () => {
    expect(findEventEntryStep(ir, { name: 'refund', properties: { amount: 5000 } }, rules)).toBeUndefined();
  });
});

describe('findApiEntryStep', () => {
  it('finds the API trigger, if any', () => {
    expect(findApiEntryStep(ir)).toBe('api');
    expect(findApiEntryStep(irWith([]))).toBeUndefined();
  });
});

describe('findTagEntryStep', () => {
  it('finds the trigger on exactly that tag', () => {
    expect(findTagEntryStep(ir, 'VIP')).toBe('vip');
    expect(findTagEntryStep(ir, 'vip')).toBeUndefined();
  });
});

describe('entryWorkflowId', () => {
  it('is one id per customer for "once" and one per entry where re-entry is allowed', () => {
    expect(entryWorkflowId('j', 'c', 'once', 'e1')).toBe('journey:j:customer:c');
    expect(entryWorkflowId('j', 'c', 'after_exit', 'e1')).toBe('journey:j:customer:c:entry:e1');
    expect(entryWorkflowId('j', 'c', 'every', 'e1')).toBe('journey:j:customer:c:entry:e1');
  });
});

describe('toJourneyEvent', () => {
  it('carries the timestamp as ISO text', () => {
    const event = toJourneyEvent({
      id: 'e',
      name: 'n',
      properties: { a: 1 },
      timestamp: new Date('2025-01-01T00:00:00Z'),
    });
    expect(event).toEqual({ id: 'e', name: 'n', properties: { a: 1 }, timestamp: '2025-01-01T00:00:00.000Z' });
  });
});
