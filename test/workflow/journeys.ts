// Journey graphs for the workflow tests, compiled by the real compiler with the built-in node types.
import { compileJourney, type JourneyGraphInput, type JourneyIR } from '@wayfarer/journey';
import { builtinNodeTypes, createNodeRegistry } from '@wayfarer/nodes';

export const nodeRegistry = createNodeRegistry(builtinNodeTypes);

type GraphNodeInput = JourneyGraphInput['nodes'][number];
type GraphEdgeInput = NonNullable<JourneyGraphInput['edges']>[number];
type SettingsInput = NonNullable<JourneyGraphInput['settings']>;

export const node = (id: string, type: string, config: unknown = {}): GraphNodeInput => ({
  id,
  type,
  data: { config },
});
export const edge = (source: string, target: string, port = 'out'): GraphEdgeInput => ({
  id: `${source}.${port}->${target}`,
  source,
  sourceHandle: port,
  target,
});

/** Compiles or fails the test with the compiler's diagnostics. */
export function compile(nodes: GraphNodeInput[], edges: GraphEdgeInput[], settings: SettingsInput = {}): JourneyIR {
  const result = compileJourney({ nodes, edges, settings }, nodeRegistry);
  if (!result.ok) throw new Error(`journey does not compile:\n${result.problems.map((p) => p.message).join('\n')}`);
  return result.value;
}

const DAY = { unit: 'days' } as const;
const signup = node('trigger', 'core.trigger.event', { event: 'signup' });

/** signup → tag → wait 3 days → purchased? → thank + 100 points : nudge → end. */
export function purchaseFollowUp(): JourneyIR {
  return compile(
    [
      signup,
      node('tag', 'core.tag', { add: ['new-member'] }),
      node('wait', 'core.wait', { mode: 'duration', duration: { amount: 3, ...DAY } }),
      node('purchased', 'core.branch', { conditions: [{ subject: 'event', op: 'received', event: 'purchase' }] }),
      node('thank', 'core.send', {
        channel: 'outbox',
        name: 'Thanks',
        body: 'Thanks for your order, {{ customer.name }}!',
      }),
      node('reward', 'core.reward.points', { points: 100 }),
      node('nudge', 'core.send', { channel: 'outbox', name: 'Nudge', body: 'Still thinking, {{ customer.name }}?' }),
      node('end', 'core.end'),
    ],
    [
      edge('trigger', 'tag'),
      edge('tag', 'wait'),
      edge('wait', 'purchased'),
      edge('purchased', 'thank', 'true'),
      edge('purchased', 'nudge', 'false'),
      edge('thank', 'reward', 'sent'),
      edge('reward', 'end'),
      edge('nudge', 'end', 'sent'),
    ],
  );
}

/** signup → wait 1 hour → wait up to 2 days for a purchase ≥ 100 → tag buyer / tag browser → end. */
export function awaitPurchase(): JourneyIR {
  return compile(
    [
      signup,
      node('warmup', 'core.wait', { mode: 'duration', duration: { amount: 1, unit: 'hours' } }),
      node('await', 'core.wait', {
        mode: 'event',
        event: 'purchase',
        where: [{ path: 'amount', op: 'gte', value: 100 }],
        timeout: { amount: 2, ...DAY },
      }),
      node('buyer', 'core.tag', { add: ['buyer'] }),
      node('browser', 'core.tag', { add: ['browser'] }),
      node('end', 'core.end'),
    ],
    [
      edge('trigger', 'warmup'),
      edge('warmup', 'await'),
      edge('await', 'buyer', 'event'),
      edge('await', 'browser', 'timeout'),
      edge('buyer', 'end'),
      edge('browser', 'end'),
    ],
  );
}

/** signup → (wait 1 day → tag daily)* forever; continues as new every `afterSteps` steps. */
export function dailyLoop(afterSteps: number): JourneyIR {
  return compile(
    [
      signup,
      node('day', 'core.wait', { mode: 'duration', duration: { amount: 1, ...DAY } }),
      node('daily', 'core.tag', { add: ['daily'] }),
    ],
    [edge('trigger', 'day'), edge('day', 'daily'), edge('daily', 'day')],
    { continueAsNewAfterSteps: afterSteps },
  );
}

/** signup → wait 10 days → send → end; exits on unsubscribe; goal: a purchase within 7 days. */
export function withRules(): JourneyIR {
  return compile(
    [
      signup,
      node('wait', 'core.wait', { mode: 'duration', duration: { amount: 10, ...DAY } }),
      node('send', 'core.send', { channel: 'outbox', name: 'Hello', body: 'Hello {{ customer.name }}' }),
      node('end', 'core.end'),
    ],
    [edge('trigger', 'wait'), edge('wait', 'send'), edge('send', 'end', 'sent')],
    {
      exitOn: [{ event: 'unsubscribe', where: [{ path: 'channel', op: 'eq', value: 'line' }] }],
      goal: { event: 'purchase', where: [], withinMs: 7 * 86_400_000 },
    },
  );
}

/** signup → split 50 / 50 / 0 → tag a | tag b | tag c → end. */
export function abSplit(): JourneyIR {
  return compile(
    [
      signup,
      node('split', 'core.split', { paths: [{ percent: 50 }, { percent: 50 }, { percent: 0 }] }),
      node('a', 'core.tag', { add: ['a'] }),
      node('b', 'core.tag', { add: ['b'] }),
      node('c', 'core.tag', { add: ['c'] }),
      node('end', 'core.end'),
    ],
    [
      edge('trigger', 'split'),
      edge('split', 'a', 'path_1'),
      edge('split', 'b', 'path_2'),
      edge('split', 'c', 'path_3'),
      edge('a', 'end'),
      edge('b', 'end'),
      edge('c', 'end'),
    ],
  );
}

/** signup → wait until 09:00 in the customer's time zone (a step activity decides) → tag → end. */
export function morningTag(): JourneyIR {
  return compile(
    [
      signup,
      node('morning', 'core.wait', { mode: 'time_of_day', time: '09:00' }),
      node('tag', 'core.tag', { add: ['morning'] }),
      node('end', 'core.end'),
    ],
    [edge('trigger', 'morning'), edge('morning', 'tag'), edge('tag', 'end')],
  );
}
