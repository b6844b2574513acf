// Every step's retries are bounded: after the step's budget (attempts or time) a step with a
// `failed` port follows it, one without ends the enrollment with `step_failed:<step>`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STEP_RETRY_BUDGET } from '@wayfarer/workflows';
import { startHarness, type Harness } from './harness';
import { compile, edge, node } from './journeys';

const signup = node('trigger', 'core.trigger.event', { event: 'signup' });

describe('step retry budget', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => harness?.close());

  it('follows the failed port once a send has spent its attempts', async () => {
    const { backend } = harness;
    const ir = compile(
      [
        signup,
        node('hello', 'core.send', { channel: 'outbox', name: 'Hello', body: 'Hi {{ customer.name }}' }),
        node('gave-up', 'core.tag', { add: ['hello-failed'] }),
        node('end', 'core.end'),
      ],
      [
        edge('trigger', 'hello'),
        edge('hello', 'end', 'sent'),
        edge('hello', 'gave-up', 'failed'),
        edge('gave-up', 'end'),
      ],
    );
    backend.flakySteps.add('hello');
    try {
      const { handle, input } = await harness.enroll(ir);
      const summary = await handle.result();
      expect(summary).toMatchObject({ outcome: 'completed', path: ['trigger', 'hello', 'gave-up', 'end'] });
      expect(backend.attempts.get('hello')).toBe(STEP_RETRY_BUDGET.maximumAttempts);
      expect(backend.portsOf(input.enrollmentId)).toEqual(['gave-up:out']);
      expect(backend.trailOf(input.enrollmentId)).toEqual(
        expect.arrayContaining([expect.objectContaining({ stepId: 'hello', kind: 'left', port: 'failed' })]),
      );
      expect(backend.customer(input.customerId).tags.has('hello-failed')).toBe(true);
    } finally {
      backend.flakySteps.delete('hello');
    }
  });

  it('ends the enrollment with step_failed when the step has no failed port', async () => {
    const { backend } = harness;
    const ir = compile(
      [signup, node('tag', 'core.tag', { add: ['x'] }), node('end', 'core.end')],
      [edge('trigger', 'tag'), edge('tag', 'end')],
    );
    backend.flakySteps.add('tag');
    try {
      const { handle, input } = await harness.enroll(ir);
      expect(await handle.result()).toMatchObject({ outcome: 'exited', reason: 'step_failed:tag' });
      expect(backend.finishOf(input.enrollmentId)).toMatchObject({ outcome: 'exited', reason: 'step_failed:tag' });
    } finally {
      backend.flakySteps.delete('tag');
    }
  });
});
