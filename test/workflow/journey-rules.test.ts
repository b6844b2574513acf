import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, startHarness, type Harness } from './harness';
import { purchaseFollowUp, withRules } from './journeys';

// signup → wait 10 days → send → end; exit on unsubscribe (channel = line); goal: purchase within 7 days.
describe('journey-level rules: exit, goal, state, de-duplication', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('reports the waiting step through the state query', async () => {
    const { handle, input, until, exit } = await harness.enroll(withRules());
    const startedAt = await harness.now();
    const state = await until((current) => current.status === 'waiting');
    expect(state).toMatchObject({
      enrollmentId: input.enrollmentId,
      journeyVersionId: input.journeyVersionId,
      currentStepId: 'wait',
      waitingFor: { kind: 'timer' },
      stepsWalked: 2,
      goalReached: false,
    });
    const until10Days = Date.parse(state.waitingFor?.until ?? '') - startedAt;
    expect(until10Days).toBeGreaterThanOrEqual(10 * DAY_MS - 60_000);
    expect(until10Days).toBeLessThanOrEqual(10 * DAY_MS + 60_000);
    await exit('test_over');
    await handle.result();
    expect(await handle.query('state')).toMatchObject({ status: 'exited', currentStepId: null, waitingFor: null });
  });

  it('ends a waiting journey when an exit-criterion event arrives', async () => {
    const { handle, input, until, send } = await harness.enroll(withRules());
    await until((state) => state.status === 'waiting');
    await send('unsubscribe', { channel: 'email' }); // does not match the criterion's filter
    await send('unsubscribe', { channel: 'line' });

    const summary = await handle.result();

    expect(summary).toEqual({
      outcome: 'exited',
      reason: 'exit_event:unsubscribe',
      path: ['trigger', 'wait'],
      stepsWalked: 2,
    });
    const { backend } = harness;
    expect(backend.stepsOf(input.enrollmentId)).toEqual([]);
    const finish = backend.finishOf(input.enrollmentId);
    expect(finish).toMatchObject({ outcome: 'exited', reason: 'exit_event:unsubscribe' });
    // The wait was interrupted: it is left without a port, and long before its 10 days.
    expect(finish?.trail.map((record) => `${record.stepId}:${record.kind}:${record.port ?? '-'}`)).toEqual([
      'wait:left:-',
    ]);
    const { startTime, closeTime } = await handle.describe();
    expect((closeTime?.getTime() ?? NaN) - startTime.getTime()).toBeLessThan(DAY_MS);
  });

  it('records the goal once and counts a repeated event once', async () => {
    const { handle, input, until, send } = await harness.enroll(withRules());
    await until((state) => state.status === 'waiting');
    const first = await send('purchase', { amount: 10 }, 'evt-purchase-1');
    await send('purchase', { amount: 10 }, 'evt-purchase-1'); // same event delivered again
    const second = await send('purchase', { amount: 30 });
    expect(await until((state) => state.goalReached)).toMatchObject({ goalReached: true, status: 'waiting' });

    const summary = await handle.result();

    expect(summary.outcome).toBe('completed');
    const { backend } = harness;
    expect(backend.goals.filter((goal) => goal.enrollmentId === input.enrollmentId)).toEqual([
      { enrollmentId: input.enrollmentId, eventId: first.id },
    ]);
    const sendCall = backend.stepsOf(input.enrollmentId).find((call) => call.input.stepId === 'send');
    expect(sendCall?.input.journeyEvents.map((event) => event.id)).toEqual([first.id, second.id]);
  });

  it('ignores the entry event signalled again and a malformed event payload', async () => {
    const { handle, input, until } = await harness.enroll(withRules());
    await until((state) => state.status === 'waiting');
    // Ingest starts the journey with an event and may also signal it to the new enrollment.
    await handle.signal('customerEvent', input.entryEvent);
    await handle.signal('customerEvent', { name: 'purchase' });

    expect((await handle.result()).outcome).toBe('completed');
    expect(harness.backend.goals.filter((goal) => goal.enrollmentId === input.enrollmentId)).toEqual([]);
    const sendCall = harness.backend.stepsOf(input.enrollmentId).find((call) => call.input.stepId === 'send');
    expect(sendCall?.input.journeyEvents).toEqual([]);
  });

  it('does not record a goal reached after its window', async () => {
    const { handle, input, until, send } = await harness.enroll(withRules());
    await until((state) => state.status === 'waiting');
    await harness.env.sleep(8 * DAY_MS);
    await send('purchase');

    const summary = await handle.result();

    expect(summary.outcome).toBe('completed');
    expect(harness.backend.goals.filter((goal) => goal.enrollmentId === input.enrollmentId)).toEqual([]);
  });

  it('ends the journey on the exitJourney signal with its reason', async () => {
    const { handle, input, until, exit } = await harness.enroll(purchaseFollowUp());
    await until((state) => state.status === 'waiting');
    await exit('removed_by_marketer');

    const summary = await handle.result();

    expect(summary).toMatchObject({
      outcome: 'exited',
      reason: 'removed_by_marketer',
      path: ['trigger', 'tag', 'wait'],
    });
    expect(harness.backend.portsOf(input.enrollmentId)).toEqual(['tag:out']);
  });

  it('lets the customer leave with step_failed when a step fails permanently', async () => {
    const { backend } = harness;
    backend.failingSteps.add('reward');
    try {
      const { handle, input, send, until } = await harness.enroll(purchaseFollowUp());
      await until((state) => state.status === 'waiting');
      await send('purchase');
      const summary = await handle.result();
      expect(summary).toMatchObject({ outcome: 'exited', reason: 'step_failed:reward' });
      expect(backend.portsOf(input.enrollmentId)).toEqual(['tag:out', 'purchased:true', 'thank:sent']);
      expect(backend.finishOf(input.enrollmentId)).toMatchObject({ outcome: 'exited', reason: 'step_failed:reward' });
    } finally {
      backend.failingSteps.delete('reward');
    }
  });
});
