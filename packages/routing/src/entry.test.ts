import { describe, expect, it } from 'vitest';
import type { JourneyIR } from '@wayfarer/journey';
import { entryWorkflowId, findApiEntryStep, findEventEntryStep, findTagEntryStep, toJourneyEvent } from './entry';

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
    expect(findEventEntryStep(ir, { name: 'purchase', properties: { amount: 150 } })).toBe('big');
    expect(findEventEntryStep(ir, { name: 'purchase', properties: { amount: 50 } })).toBe('any');
  });

  it('finds nothing for another event', () => {
    expect(findEventEntryStep(ir, { name: 'refund', properties: {} })).toBeUndefined();
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
