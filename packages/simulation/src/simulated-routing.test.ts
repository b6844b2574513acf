import type { JourneyIR } from '@wayfarer/journey';
import { describe, expect, it } from 'vitest';
import { routeInRun } from './simulated-routing';
import { SimulationRun } from './simulation-run';

const ir = {
  steps: { start: { id: 'start', type: 'core.trigger.tag' } },
  triggers: [{ stepId: 'start', match: { on: 'tag', tag: 'vip' } }],
  settings: { reentry: 'every', reentryCooldown: null },
} as unknown as JourneyIR;

const startedAt = Date.parse('2026-01-01T09:00:00.000Z');
const customer = { id: 'c1', externalId: 'mei', attributes: {}, tags: [], points: 0, timezone: 'UTC', locale: 'en' };

describe('routing a fact inside a test run', () => {
  it('answers a repeated fact (a retried activity) with the same entry, not a second one', () => {
    const run = new SimulationRun('sim-1', 'ws-1', ir, customer, startedAt);
    const fact = { kind: 'tag' as const, id: 'fact-1', tag: 'vip' };
    const now = new Date(startedAt + 60_000);

    const first = routeInRun(run, fact, now);
    const retried = routeInRun(run, fact, now);

    expect(first).toEqual({ enrollmentId: 'sim-1#2', entryStepId: 'start' });
    expect(retried).toEqual(first);
    expect(run.entries.size).toBe(2);
  });

  it('enters again on a different fact with the same tag when re-entry allows it', () => {
    const run = new SimulationRun('sim-1', 'ws-1', ir, customer, startedAt);
    const now = new Date(startedAt + 60_000);

    routeInRun(run, { kind: 'tag', id: 'fact-1', tag: 'vip' }, now);
    const second = routeInRun(run, { kind: 'tag', id: 'fact-2', tag: 'vip' }, now);

    expect(second?.enrollmentId).toBe('sim-1#3');
    expect(run.entries.size).toBe(3);
  });
});
