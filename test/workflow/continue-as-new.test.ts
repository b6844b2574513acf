import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, startHarness, type Harness } from './harness';
import { dailyLoop } from './journeys';

// signup → (wait 1 day → tag)* with continueAsNewAfterSteps = 4: a long-lived loop keeps its
// history small by continuing as new, and carries its counters across runs.
describe('continue-as-new', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('continues as new in a loop, keeping visits, events and idempotency keys', async () => {
    const { handle, input, until, send, exit } = await harness.enroll(dailyLoop(4));
    await until((state) => state.status === 'waiting');
    const early = await send('page_view', { page: '/home' });

    await harness.env.sleep(5 * DAY_MS + DAY_MS / 2);
    const state = await until((current) => current.status === 'waiting' && current.stepsWalked === 12);
    expect(state.currentStepId).toBe('day');

    await exit('campaign_stopped');
    const summary = await handle.result();
    expect(summary).toMatchObject({ outcome: 'exited', reason: 'campaign_stopped', stepsWalked: 12 });

    const { backend } = harness;
    const calls = backend.stepsOf(input.enrollmentId);
    expect(calls.map((call) => call.input.visit)).toEqual([1, 2, 3, 4, 5]);
    const keys = calls.map((call) => call.input.idempotencyKey);
    expect(new Set(keys).size).toBe(5);
    expect(keys[4]).toBe(`${handle.workflowId}:daily:5`);
    expect(backend.duplicateKeys).toEqual([]);
    // The event signalled in the first run is still known to steps in later runs.
    expect(calls[4]?.input.journeyEvents.map((event) => event.id)).toEqual([early.id]);

    // More than one run did the work, and the chain's latest run is not the first.
    expect(new Set(calls.map((call) => call.runId)).size).toBeGreaterThan(1);
    const latest = await handle.describe();
    expect(latest.runId).not.toBe(handle.firstExecutionRunId);
    const first = await harness.env.client.workflow.getHandle(handle.workflowId, handle.firstExecutionRunId).describe();
    expect(first.status.name).toBe('CONTINUED_AS_NEW');

    // Visit numbers in the analytics trail never repeat across runs.
    const dayEntries = backend
      .trailOf(input.enrollmentId)
      .filter((record) => record.stepId === 'day' && record.kind === 'entered');
    expect(dayEntries.map((record) => record.visit).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(backend.finishOf(input.enrollmentId)).toMatchObject({ outcome: 'exited', reason: 'campaign_stopped' });
  });
});
