import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, startHarness, type Harness } from './harness';
import { purchaseFollowUp } from './journeys';

// trigger → tag → wait 3 days → branch on a purchase → send → reward → end, on a time-skipping server.
describe('purchase follow-up journey', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('thanks and rewards a customer who purchased during the 3-day wait', async () => {
    const ir = purchaseFollowUp();
    const { handle, input, until, send } = await harness.enroll(ir);
    const waiting = await until((state) => state.status === 'waiting');
    expect(waiting).toMatchObject({ currentStepId: 'wait', waitingFor: { kind: 'timer' }, stepsWalked: 3 });
    const purchase = await send('purchase', { amount: 250 });

    const summary = await handle.result();

    expect(summary).toEqual({
      outcome: 'completed',
      path: ['trigger', 'tag', 'wait', 'purchased', 'thank', 'reward', 'end'],
      stepsWalked: 7,
    });
    const { backend } = harness;
    expect(backend.portsOf(input.enrollmentId)).toEqual(['tag:out', 'purchased:true', 'thank:sent', 'reward:out']);
    const branchCall = backend.stepsOf(input.enrollmentId).find((call) => call.input.stepId === 'purchased');
    expect(branchCall?.input.journeyEvents.map((event) => event.id)).toEqual([purchase.id]);
    const customer = backend.customer(input.customerId);
    expect(customer.points).toBe(100);
    expect(customer.tags.has('new-member')).toBe(true);
    expect(customer.messages.map((message) => [message.name, message.body])).toEqual([
      ['Thanks', 'Thanks for your order, Mei!'],
    ]);
    expect(backend.finishOf(input.enrollmentId)).toMatchObject({ outcome: 'completed' });
  });

  it('nudges a customer who did not purchase, after three days of workflow time', async () => {
    const ir = purchaseFollowUp();
    const { handle, input } = await harness.enroll(ir);

    const summary = await handle.result();

    expect(summary.path).toEqual(['trigger', 'tag', 'wait', 'purchased', 'nudge', 'end']);
    const { backend } = harness;
    expect(backend.portsOf(input.enrollmentId)).toEqual(['tag:out', 'purchased:false', 'nudge:sent']);
    expect(backend.customer(input.customerId).points).toBe(0);

    // The wait was a real durable timer: three days passed on the server's clock between steps.
    const calls = backend.stepsOf(input.enrollmentId);
    const tagAt = calls.find((call) => call.input.stepId === 'tag')?.scheduledAt ?? NaN;
    const branchAt = calls.find((call) => call.input.stepId === 'purchased')?.scheduledAt ?? NaN;
    expect(branchAt - tagAt).toBeGreaterThanOrEqual(3 * DAY_MS);
    expect(branchAt - tagAt).toBeLessThan(3 * DAY_MS + 60_000);
    const description = await handle.describe();
    expect((description.closeTime?.getTime() ?? 0) - description.startTime.getTime()).toBeGreaterThanOrEqual(
      3 * DAY_MS,
    );

    // Workflow-side steps left their analytics trail: entered before the wait was flushed, the rest
    // rode along with the next activity.
    const trail = backend
      .trailOf(input.enrollmentId)
      .map((record) => `${record.stepId}:${record.kind}${record.port ? `:${record.port}` : ''}`);
    expect(trail).toEqual(
      expect.arrayContaining(['trigger:entered', 'trigger:left:out', 'wait:entered', 'wait:left:out', 'end:entered']),
    );
    const flushed = backend.recordedSteps.filter((batch) => batch.enrollmentId === input.enrollmentId);
    expect(flushed.map((batch) => batch.trail.map((record) => `${record.stepId}:${record.kind}`))).toEqual([
      ['wait:entered'],
    ]);
    const waitRecords = backend.trailOf(input.enrollmentId).filter((record) => record.stepId === 'wait');
    const at = (kind: string): number => Date.parse(waitRecords.find((record) => record.kind === kind)?.at ?? '');
    expect(at('left') - at('entered')).toBeGreaterThanOrEqual(3 * DAY_MS);
    expect(at('left') - at('entered')).toBeLessThan(3 * DAY_MS + 60_000);
  });
});
