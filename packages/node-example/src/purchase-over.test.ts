import { compileJourney, triggerMatchesEvent, type JourneyGraphInput } from '@wayfarer/journey';
import { builtinNodeTypes, createNodeRegistry } from '@wayfarer/nodes';
import { describe, expect, it } from 'vitest';
import { eventRules, nodeTypes } from './index';
import { purchaseAmount } from './purchase-over';

const registry = createNodeRegistry([...builtinNodeTypes, ...nodeTypes], new Map(), eventRules);

/** Purchase of at least `amount` → wait for the coffee card → tag; timeout → end. */
function bigSpender(amount: unknown): JourneyGraphInput {
  return {
    nodes: [
      { id: 'big', type: 'example.trigger.purchase-over', data: { config: { amount } } },
      {
        id: 'card',
        type: 'example.wait.card-completed',
        data: { config: { card: 'coffee', timeout: { amount: 7, unit: 'days' } } },
      },
      { id: 'thanks', type: 'core.tag', data: { config: { add: ['card_done'] } } },
    ],
    edges: [
      { id: 'e1', source: 'big', target: 'card' },
      { id: 'e2', source: 'card', sourceHandle: 'completed', target: 'thanks' },
    ],
  };
}

function compiled(amount: unknown) {
  const result = compileJourney(bigSpender(amount), registry);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('example.trigger.purchase-over', () => {
  it('compiles to a trigger on the package’s rule, for purchase events', () => {
    expect(compiled(1000).triggers[0]?.match).toEqual({
      on: 'rule',
      rule: 'example.purchase-over',
      events: ['purchase'],
      config: { amount: 1000 },
    });
  });

  it('refuses an amount that is not positive, naming the field', () => {
    const result = compileJourney(bigSpender(0), registry);
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({ code: 'invalid_config', nodeId: 'big', path: 'amount' }),
    ]);
  });

  it('matches purchases of at least the amount, whether sent as a number or as text', () => {
    const match = compiled(1000).triggers[0]?.match;
    if (match === undefined) throw new Error('no trigger');
    const purchase = (amount: unknown) => ({ name: 'purchase', properties: { amount } });
    const answers = [1000, 1200.5, '1,200', 'NT$1,500', 999, '999', 'a lot', null, undefined].map((amount) =>
      triggerMatchesEvent(match, purchase(amount), registry),
    );
    expect(answers).toEqual([true, true, true, true, false, false, false, false, false]);
    expect(triggerMatchesEvent(match, { name: 'refund', properties: { amount: 5000 } }, registry)).toBe(false);
  });

  it('reads amounts as a POS sends them', () => {
    expect(['12', ' $12.50', '¥1,000,000', '1.2.3', '', '-5'].map(purchaseAmount)).toEqual([
      12,
      12.5,
      1_000_000,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('example.wait.card-completed', () => {
  it('waits in the workflow for the card’s completion event, with a timeout', () => {
    expect(compiled(1000).steps.card?.plan).toEqual({
      op: 'await-event',
      event: 'stamp_card_completed',
      where: [{ path: 'card', op: 'eq', value: 'coffee' }],
      timeoutMs: 7 * 86_400_000,
      eventPort: 'completed',
      timeoutPort: 'timed_out',
    });
  });
});
