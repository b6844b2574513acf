import { compileJourney, type Diagnostic, type JourneyGraphInput, type JourneyIR } from '@wayfarer/journey';
import { describe, expect, it } from 'vitest';
import { createNodeRegistry } from '../registry';
import { builtinNodeTypes } from './index';

const registry = createNodeRegistry(builtinNodeTypes);

/** event trigger → `step` (wired from `ports` to an end each) */
function around(type: string, config: unknown, ports: readonly string[]): JourneyGraphInput {
  return {
    nodes: [
      { id: 'start', type: 'core.trigger.event', data: { config: { event: 'signed_up' } } },
      { id: 'step', type, data: { config } },
      ...ports.map((port) => ({ id: `end-${port}`, type: 'core.end' })),
    ],
    edges: [
      { id: 'e0', source: 'start', sourceHandle: 'out', target: 'step' },
      ...ports.map((port) => ({ id: `e-${port}`, source: 'step', sourceHandle: port, target: `end-${port}` })),
    ],
  };
}

function compiled(type: string, config: unknown, ports: readonly string[]): JourneyIR {
  const result = compileJourney(around(type, config, ports), registry);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

function problems(type: string, config: unknown, ports: readonly string[]): Diagnostic[] {
  const result = compileJourney(around(type, config, ports), registry);
  return result.ok ? [] : result.problems;
}

describe('built-in node types compile', () => {
  it('event trigger → an event match with its property filters', () => {
    const ir = compileJourney(
      {
        nodes: [
          {
            id: 't',
            type: 'core.trigger.event',
            data: { config: { event: ' purchase ', where: [{ path: 'total', op: 'gte', value: 100 }] } },
          },
          { id: 'end', type: 'core.end' },
        ],
        edges: [{ id: 'e', source: 't', target: 'end' }],
      },
      registry,
    );
    expect(ir.ok && ir.value.triggers).toEqual([
      {
        stepId: 't',
        type: 'core.trigger.event',
        match: { on: 'event', event: 'purchase', where: [{ path: 'total', op: 'gte', value: 100 }] },
      },
    ]);
  });

  it('API trigger → an api match', () => {
    const ir = compileJourney(
      {
        nodes: [
          { id: 't', type: 'core.trigger.api' },
          { id: 'end', type: 'core.end' },
        ],
        edges: [{ id: 'e', source: 't', target: 'end' }],
      },
      registry,
    );
    expect(ir.ok && ir.value.triggers[0]?.match).toEqual({ on: 'api' });
  });

  it('tag-added trigger → a tag match; an empty tag is a config error', () => {
    const graph = (tag: string) => ({
      nodes: [
        { id: 't', type: 'core.trigger.tag', data: { config: { tag } } },
        { id: 'end', type: 'core.end' },
      ],
      edges: [{ id: 'e', source: 't', target: 'end' }],
    });
    const ir = compileJourney(graph(' VIP '), registry);
    expect(ir.ok && ir.value.triggers).toEqual([
      { stepId: 't', type: 'core.trigger.tag', match: { on: 'tag', tag: 'VIP' } },
    ]);
    const empty = compileJourney(graph(' '), registry);
    expect(empty.ok ? [] : empty.problems.map((problem) => [problem.code, problem.nodeId])).toEqual([
      ['invalid_config', 't'],
    ]);
  });

  it('wait for a duration → a workflow timer', () => {
    const ir = compiled('core.wait', { mode: 'duration', duration: { amount: 3, unit: 'days' } }, ['out']);
    expect(ir.steps.step?.plan).toEqual({ op: 'sleep', ms: 3 * 86_400_000, port: 'out' });
  });

  it('wait until a time of day → an activity (it needs the customer time zone)', () => {
    expect(compiled('core.wait', { mode: 'time_of_day', time: '09:00' }, ['out']).steps.step?.plan).toEqual({
      op: 'activity',
    });
  });

  it('wait for an event → await-event with event and timeout ports', () => {
    const ir = compiled('core.wait', { mode: 'event', event: 'purchase', timeout: { amount: 2, unit: 'hours' } }, [
      'event',
      'timeout',
    ]);
    expect(ir.steps.step?.plan).toEqual({
      op: 'await-event',
      event: 'purchase',
      where: [],
      timeoutMs: 7_200_000,
      eventPort: 'event',
      timeoutPort: 'timeout',
    });
  });

  it('split → a weighted split with one port per path', () => {
    const ir = compiled('core.split', { paths: [{ percent: 30 }, { percent: 70, label: 'B' }] }, ['path_1', 'path_2']);
    expect(ir.steps.step?.plan).toEqual({
      op: 'split',
      branches: [
        { port: 'path_1', weight: 30 },
        { port: 'path_2', weight: 70 },
      ],
    });
  });

  it('branch, tag, send and reward run in the step activity; end ends', () => {
    const cases: [string, unknown, string[]][] = [
      ['core.branch', { conditions: [{ subject: 'tag', op: 'has', tag: 'vip' }] }, ['true', 'false']],
      ['core.tag', { add: ['vip'] }, ['out']],
      ['core.send', { channel: 'line', name: 'Hi', body: 'Hello {{ customer.name }}' }, ['sent']],
      ['core.reward.points', { points: 100 }, ['out']],
    ];
    for (const [type, config, ports] of cases)
      expect(compiled(type, config, ports).steps.step?.plan).toEqual({ op: 'activity' });
    expect(compiled('core.end', {}, []).steps.step?.plan).toEqual({ op: 'end' });
  });

  it('stores configs with their defaults filled in', () => {
    const ir = compiled('core.send', { channel: 'line', name: 'Hi', body: 'Hello' }, ['sent']);
    expect(ir.steps.step?.config).toEqual({ channel: 'line', name: 'Hi', body: 'Hello' });
    expect(compiled('core.reward.points', { points: 5 }, ['out']).steps.step?.config).toEqual({
      points: 5,
      reason: 'journey reward',
    });
  });
});

describe('built-in configs are validated with field paths', () => {
  it.each([
    ['core.wait', { mode: 'duration', duration: { amount: 0, unit: 'days' } }, ['out'], 'duration.amount'],
    ['core.wait', { mode: 'duration', duration: { amount: 1, unit: 'fortnights' } }, ['out'], 'duration.unit'],
    ['core.wait', { mode: 'time_of_day', time: '9am' }, ['out'], 'time'],
    ['core.wait', { mode: 'forever' }, ['out'], 'mode'],
    ['core.branch', { conditions: [] }, ['true', 'false'], 'conditions'],
    ['core.branch', { conditions: [{ subject: 'tag', op: 'has', tag: ' ' }] }, ['true', 'false'], 'conditions.0.tag'],
    ['core.split', { paths: [{ percent: 30 }, { percent: 30 }] }, ['path_1', 'path_2'], 'paths'],
    ['core.split', { paths: [{ percent: 100 }] }, ['path_1'], 'paths'],
    ['core.send', { channel: 'sms', name: 'Hi', body: '   ' }, ['sent'], 'body'],
    ['core.send', { name: 'Hi', body: 'Hello' }, ['sent'], 'channel'],
    ['core.tag', {}, ['out'], 'add'],
    ['core.reward.points', { points: 1.5 }, ['out'], 'points'],
  ] as const)('%s %j → %s', (type, config, ports, path) => {
    expect(problems(type, config, ports)).toEqual([
      expect.objectContaining({ code: 'invalid_config', nodeId: 'step', path }),
    ]);
  });

  it('a send has no default channel: the marketer is asked to pick one', () => {
    expect(problems('core.send', { name: 'Hi', body: 'Hello' }, ['sent'])).toEqual([
      expect.objectContaining({
        code: 'invalid_config',
        path: 'channel',
        message: expect.stringContaining('Pick a channel'),
      }),
    ]);
  });

  it('a send that is skipped or fails carries on along `sent` unless those ports are wired', () => {
    const ir = compiled('core.send', { channel: 'line', name: 'Hi', body: 'Hello' }, ['sent']);
    expect(ir.steps.step?.next).toEqual({ sent: 'end-sent', skipped: 'end-sent', failed: 'end-sent' });
    const branching = compiled('core.send', { channel: 'line', name: 'Hi', body: 'Hello' }, ['sent', 'failed']);
    expect(branching.steps.step?.next).toEqual({ sent: 'end-sent', skipped: 'end-sent', failed: 'end-failed' });
  });

  it('a wait on an event whose timeout port is open ends the journey on timeout', () => {
    const ir = compiled('core.wait', { mode: 'event', event: 'purchase', timeout: { amount: 1, unit: 'days' } }, [
      'event',
    ]);
    expect(ir.steps.step?.next).toEqual({ event: 'end-event', timeout: null });
  });

  it('a split has exactly the ports its paths define', () => {
    const found = problems('core.split', { paths: [{ percent: 50 }, { percent: 50 }] }, ['path_1', 'path_2', 'path_3']);
    expect(found).toEqual([
      expect.objectContaining({ code: 'dangling_edge', nodeId: 'step', port: 'path_3' }),
      expect.objectContaining({ code: 'unreachable_node', nodeId: 'end-path_3' }),
    ]);
  });
});
