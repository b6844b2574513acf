import { describe, expect, it } from 'vitest';
import type { Db } from '@wayfarer/db';
import type { JourneyIR } from '@wayfarer/journey';
import {
  createServiceRegistry,
  loyaltyService,
  messagesService,
  profileService,
  type StepInfo,
} from '@wayfarer/nodes/runtime';
import { memoryLoyaltyProvider } from './memory-loyalty';
import { memoryMessagesProvider, memoryProfileProvider, type SimulationHost } from './memory-services';
import { simulationResult } from './simulation-result';
import { SimulationRun } from './simulation-run';

const ir = {
  steps: {
    start: { id: 'start', type: 'core.trigger.event' },
    tag: { id: 'tag', type: 'core.tag' },
    wait: { id: 'wait', type: 'core.wait' },
  },
} as unknown as JourneyIR;

const realStart = Date.parse('2026-01-01T09:00:00.000Z');
// The test server's clock, far ahead of the wall clock after earlier simulations.
const workflowStart = '2027-06-01T00:00:00.000Z';
const workflowAt = (hours: number) => new Date(Date.parse(workflowStart) + hours * 3_600_000).toISOString();

function newRun(): SimulationRun {
  const customer = {
    id: 'c1',
    externalId: 'mei',
    attributes: { name: 'Mei' },
    tags: ['vip'],
    points: 10,
    timezone: 'Asia/Taipei',
    locale: 'en',
  };
  return new SimulationRun('sim-1', 'ws-1', ir, customer, realStart);
}

describe('the in-memory services of a test run', () => {
  it('change only the simulated customer and record what changed', async () => {
    const run = newRun();
    // Granting points reads no table; the database is never reached.
    const registry = createServiceRegistry<SimulationHost>([
      memoryProfileProvider,
      memoryMessagesProvider({} as Db),
      memoryLoyaltyProvider({} as Db),
    ]);
    const step = { workspaceId: 'ws-1', now: new Date(realStart) } as StepInfo;
    const { profile, messages, loyalty } = registry.bind(
      [profileService, messagesService, loyaltyService],
      step,
      'commit',
      {
        run,
        ref: { entry: 1, stepId: 'tag', visit: 1 },
      },
    );
    await profile.addTags(['vip', 'new']);
    await profile.removeTags(['vip', 'absent']);
    await profile.setAttributes({ stage: 'welcomed' });
    await loyalty.grantPoints({ points: 5, reason: 'hello' });
    await messages.sendMessage({ channel: 'outbox', name: 'Hi', body: 'Hi Mei' });
    expect(run.customer).toMatchObject({ tags: ['new'], attributes: { stage: 'welcomed' }, points: 15 });
    expect(run.visit({ entry: 1, stepId: 'tag', visit: 1 })).toMatchObject({
      changes: [
        { kind: 'tag_added', tag: 'new' },
        { kind: 'tag_removed', tag: 'vip' },
        { kind: 'attribute_set', key: 'stage', value: '"welcomed"' },
      ],
      rewards: [{ kind: 'points', points: 5, reason: 'hello', balance: 15 }],
      messages: [{ channel: 'outbox', body: 'Hi Mei' }],
    });
  });
});

describe('simulationResult', () => {
  it('moves workflow time onto the real start and leaves the step the horizon interrupted open', () => {
    const run = newRun();
    run.trail(1, [
      { stepId: 'start', visit: 1, kind: 'entered', at: workflowAt(0) },
      { stepId: 'start', visit: 1, kind: 'left', port: 'out', at: workflowAt(0) },
      { stepId: 'wait', visit: 1, kind: 'entered', at: workflowAt(0) },
      { stepId: 'wait', visit: 1, kind: 'left', at: workflowAt(48) },
    ]);
    Object.assign(run.entries.get('sim-1') ?? {}, { running: false, reason: 'simulation_horizon' });
    const result = simulationResult(
      run,
      {
        startedAt: workflowStart,
        endedAt: workflowAt(48),
        outcome: 'waiting',
        exitReason: null,
        summary: { outcome: 'exited', reason: 'simulation_horizon', path: [], stepsWalked: 2 },
      },
      12,
    );
    expect(result).toMatchObject({
      startedAt: '2026-01-01T09:00:00.000Z',
      endedAt: '2026-01-03T09:00:00.000Z',
      outcome: 'waiting',
      elapsedMs: 12,
    });
    expect(result.steps.map(({ stepId, nodeType, leftAt, port }) => [stepId, nodeType, leftAt, port])).toEqual([
      ['start', 'core.trigger.event', '2026-01-01T09:00:00.000Z', 'out'],
      ['wait', 'core.wait', null, null],
    ]);
  });
});
