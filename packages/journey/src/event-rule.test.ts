import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { compileJourney } from './compile';
import {
  noEventRules,
  triggerEventNames,
  triggerMatchesEvent,
  type AnyEventRule,
  type EventRule,
  type EventRuleLookup,
} from './event-rule';
import type { JourneyIR, TriggerMatch } from './ir.schema';
import type { CompilableNodeType, NodeTypeLookup } from './node-type';
import { edge, endType, node, triggerType } from './test-node-types';

/** Purchases of at least `amount` (in `currency`, TWD unless set). */
const bigPurchase: EventRule<{ amount: number; currency: string }> = {
  id: 'test.big-purchase',
  config: z.object({ amount: z.number().positive(), currency: z.string().default('TWD') }),
  events: () => ['purchase'],
  matches: (config, event) =>
    typeof event.properties.amount === 'number' &&
    event.properties.amount >= config.amount &&
    (event.properties.currency ?? 'TWD') === config.currency,
};

const ruleTriggerType: CompilableNodeType = {
  type: 'test.big-purchase-trigger',
  version: 1,
  kind: 'trigger',
  config: z.object({ amount: z.number(), rule: z.string().default(bigPurchase.id) }),
  ports: () => [{ name: 'out' }],
  trigger: (config: { amount: number; rule: string }) => ({
    on: 'rule',
    rule: config.rule,
    events: ['ignored'],
    config: { amount: config.amount },
  }),
};

function registry(rules: readonly AnyEventRule[] = [bigPurchase]): NodeTypeLookup & EventRuleLookup {
  const types = new Map([triggerType, ruleTriggerType, endType].map((type) => [type.type, type]));
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  return { get: (type) => types.get(type), eventRule: (id) => byId.get(id) };
}

function compile(config: unknown, lookup: NodeTypeLookup = registry()) {
  return compileJourney(
    { nodes: [node('big', ruleTriggerType.type, config), node('end', 'test.end')], edges: [edge('big', 'end')] },
    lookup,
  );
}

function compiled(config: unknown): JourneyIR {
  const result = compile(config);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('compiling a trigger on an event rule', () => {
  it('stores the rule, its parsed config (defaults applied) and the event names the rule gives', () => {
    expect(compiled({ amount: 1000 }).triggers).toEqual([
      {
        stepId: 'big',
        type: ruleTriggerType.type,
        match: {
          on: 'rule',
          rule: 'test.big-purchase',
          events: ['purchase'],
          config: { amount: 1000, currency: 'TWD' },
        },
      },
    ]);
  });

  it('refuses a rule the deployment does not have, naming it', () => {
    const result = compile({ amount: 1000, rule: 'acme.gone' });
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({
        code: 'invalid_config',
        nodeId: 'big',
        message: expect.stringContaining('"acme.gone"'),
      }),
    ]);
    const without = compile({ amount: 1000 }, { get: registry().get });
    expect(!without.ok && without.problems[0]?.message).toContain('is not installed');
  });

  it('refuses a config the rule does not accept, naming the field', () => {
    const result = compile({ amount: -5 });
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({ code: 'invalid_config', nodeId: 'big', message: expect.stringContaining('amount:') }),
    ]);
  });

  it('refuses a rule that names no event', () => {
    const silent: AnyEventRule = { ...bigPurchase, events: () => [] };
    const result = compile({ amount: 1 }, registry([silent]));
    expect(!result.ok && result.problems[0]?.message).toContain('matches no event name');
  });
});

describe('matching an event against a trigger', () => {
  const match = compiled({ amount: 1000 }).triggers[0]?.match as TriggerMatch;
  const rules = registry();
  const purchase = (properties: Record<string, unknown>) => ({ name: 'purchase', properties });

  it('asks the rule, with its config, about the events it names', () => {
    expect(triggerMatchesEvent(match, purchase({ amount: 1000 }), rules)).toBe(true);
    expect(triggerMatchesEvent(match, purchase({ amount: 1500, currency: 'TWD' }), rules)).toBe(true);
    expect(triggerMatchesEvent(match, purchase({ amount: 999 }), rules)).toBe(false);
    expect(triggerMatchesEvent(match, purchase({ amount: 5000, currency: 'JPY' }), rules)).toBe(false);
    expect(triggerMatchesEvent(match, purchase({ amount: '5000' }), rules)).toBe(false);
  });

  it('never matches another event name, whatever its properties', () => {
    expect(triggerMatchesEvent(match, { name: 'refund', properties: { amount: 5000 } }, rules)).toBe(false);
  });

  it('matches nothing once the rule is gone from the deployment', () => {
    expect(triggerMatchesEvent(match, purchase({ amount: 5000 }), noEventRules)).toBe(false);
  });

  it('gives the same answer every time for the same event', () => {
    const event = purchase({ amount: 1200 });
    const answers = Array.from({ length: 5 }, () => triggerMatchesEvent(match, event, rules));
    expect(new Set(answers)).toEqual(new Set([true]));
  });

  it('matches the built-in event trigger by name and comparisons, through the same function', () => {
    const named: TriggerMatch = { on: 'event', event: 'purchase', where: [{ path: 'amount', op: 'gte', value: 100 }] };
    expect(triggerMatchesEvent(named, purchase({ amount: 100 }), noEventRules)).toBe(true);
    expect(triggerMatchesEvent(named, purchase({ amount: 99 }), noEventRules)).toBe(false);
    expect(triggerMatchesEvent({ on: 'tag', tag: 'vip' }, { name: 'vip', properties: {} }, noEventRules)).toBe(false);
  });

  it('names the events each kind of trigger can start on', () => {
    expect(triggerEventNames(match)).toEqual(['purchase']);
    expect(triggerEventNames({ on: 'event', event: 'signed_up', where: [] })).toEqual(['signed_up']);
    expect(triggerEventNames({ on: 'api' })).toEqual([]);
  });
});
