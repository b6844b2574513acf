import type { JourneyGraphInput } from '@wayfarer/journey';

/** Step ids of the benchmark journey, shared by the graph and the hand-written baseline. */
export const SIX_STEPS = {
  trigger: 'trigger',
  tag: 'tag',
  send: 'send',
  reward: 'reward',
  branch: 'branch',
  wait: 'wait',
  end: 'end',
} as const;

/** tag → send → reward → branch → short wait → end, the journey the engine is measured on. */
export function sixStepJourney(waitSeconds: number): JourneyGraphInput {
  const s = SIX_STEPS;
  return {
    name: 'Benchmark: six steps',
    nodes: [
      { id: s.trigger, type: 'core.trigger.event', data: { config: { event: 'bench' } } },
      { id: s.tag, type: 'core.tag', data: { config: { add: ['bench'] } } },
      {
        id: s.send,
        type: 'core.send',
        data: { config: { channel: 'outbox', name: 'Hello', body: 'Hi {{ customer.name }}' } },
      },
      { id: s.reward, type: 'core.reward.points', data: { config: { points: 10 } } },
      {
        id: s.branch,
        type: 'core.branch',
        data: { config: { conditions: [{ subject: 'tag', op: 'has', tag: 'bench' }] } },
      },
      {
        id: s.wait,
        type: 'core.wait',
        data: { config: { mode: 'duration', duration: { amount: waitSeconds, unit: 'seconds' } } },
      },
      { id: s.end, type: 'core.end' },
    ],
    edges: [
      { id: 'e1', source: s.trigger, sourceHandle: 'out', target: s.tag },
      { id: 'e2', source: s.tag, sourceHandle: 'out', target: s.send },
      { id: 'e3', source: s.send, sourceHandle: 'sent', target: s.reward },
      { id: 'e4', source: s.reward, sourceHandle: 'out', target: s.branch },
      { id: 'e5', source: s.branch, sourceHandle: 'true', target: s.wait },
      { id: 'e6', source: s.branch, sourceHandle: 'false', target: s.end },
      { id: 'e7', source: s.wait, sourceHandle: 'out', target: s.end },
    ],
  };
}
