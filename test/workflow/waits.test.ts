import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, startHarness, type Harness } from './harness';
import { awaitPurchase, morningTag } from './journeys';

// awaitPurchase: signup → wait 1 hour → wait up to 2 days for purchase (amount ≥ 100) → buyer | browser → end.
describe('waits', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  const elapsed = async (handle: { describe(): Promise<{ startTime: Date; closeTime?: Date }> }): Promise<number> => {
    const { startTime, closeTime } = await handle.describe();
    return (closeTime?.getTime() ?? NaN) - startTime.getTime();
  };

  it('follows the event port when a matching event arrives during the wait', async () => {
    const { handle, input, until, send } = await harness.enroll(awaitPurchase());
    await until((state) => state.currentStepId === 'warmup' && state.status === 'waiting');
    await harness.env.sleep(HOUR_MS); // past the warm-up; time only moves when a test moves it
    const waiting = await until((state) => state.currentStepId === 'await' && state.status === 'waiting');
    expect(waiting.waitingFor).toMatchObject({ kind: 'event', event: 'purchase' });
    await send('purchase', { amount: 50 }); // filtered out by amount ≥ 100
    await send('purchase', { amount: 120 });

    const summary = await handle.result();

    expect(summary.path).toEqual(['trigger', 'warmup', 'await', 'buyer', 'end']);
    expect(harness.backend.portsOf(input.enrollmentId)).toEqual(['buyer:out']);
    // Released by the event, not by the 2-day timeout (the 1-hour warm-up did run).
    const took = await elapsed(handle);
    expect(took).toBeGreaterThanOrEqual(HOUR_MS);
    expect(took).toBeLessThan(DAY_MS);
  });

  it('follows the timeout port when no event arrives', async () => {
    const { handle, input } = await harness.enroll(awaitPurchase());

    const summary = await handle.result();

    expect(summary.path).toEqual(['trigger', 'warmup', 'await', 'browser', 'end']);
    expect(harness.backend.portsOf(input.enrollmentId)).toEqual(['browser:out']);
    expect(await elapsed(handle)).toBeGreaterThanOrEqual(HOUR_MS + 2 * DAY_MS);
    const trail = harness.backend.trailOf(input.enrollmentId);
    expect(trail.find((record) => record.stepId === 'await' && record.kind === 'left')?.port).toBe('timeout');
  });

  it('does not count an event that arrived before the customer reached the wait', async () => {
    const { handle, input, until, send } = await harness.enroll(awaitPurchase());
    await until((state) => state.currentStepId === 'warmup' && state.status === 'waiting');
    const early = await send('purchase', { amount: 500 });

    const summary = await handle.result();

    expect(summary.path).toEqual(['trigger', 'warmup', 'await', 'browser', 'end']);
    // The event is still part of the journey's history for later branches.
    const browserCall = harness.backend.stepsOf(input.enrollmentId).find((call) => call.input.stepId === 'browser');
    expect(browserCall?.input.journeyEvents.map((event) => event.id)).toEqual([early.id]);
  });

  it('pauses until a local time of day when the step activity asks for a sleep', async () => {
    const { handle, input } = await harness.enroll(morningTag());

    const summary = await handle.result();

    expect(summary.path).toEqual(['trigger', 'morning', 'tag', 'end']);
    const calls = harness.backend.stepsOf(input.enrollmentId);
    const morning = calls.find((call) => call.input.stepId === 'morning');
    const tag = calls.find((call) => call.input.stepId === 'tag');
    expect(morning?.result).toMatchObject({ port: 'out', sleepMs: expect.any(Number) });
    expect((tag?.scheduledAt ?? NaN) - (morning?.scheduledAt ?? NaN)).toBeGreaterThanOrEqual(
      morning?.result.sleepMs ?? Infinity,
    );
    const localTime = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Taipei',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    expect(localTime.format(tag?.scheduledAt)).toBe('09:00');
  });
});
