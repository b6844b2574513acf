import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleJourneyWorkflows } from '../support/temporal';
import { startHarness, type Harness } from './harness';
import { abSplit } from './journeys';

// signup → split 50 / 50 / 0 → tag a | tag b | tag c → end.
describe('random split', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('sends customers down the weighted ports only, and replays to the same choice', async () => {
    const ir = abSplit();
    // One at a time: the time-skipping server is not meant for concurrent workflows under test.
    const enrollments = [];
    const summaries = [];
    for (let i = 0; i < 16; i++) {
      const enrollment = await harness.enroll(ir);
      enrollments.push(enrollment);
      summaries.push(await enrollment.handle.result());
    }

    const chosen = summaries.map((summary) => summary.path[2]);
    // 16 fair coin flips all landing on one side has probability 2^-15.
    expect(new Set(chosen)).toEqual(new Set(['a', 'b']));
    for (const [index, { input }] of enrollments.entries()) {
      const left = harness.backend
        .trailOf(input.enrollmentId)
        .find((record) => record.stepId === 'split' && record.kind === 'left');
      expect(left?.port).toBe(chosen[index] === 'a' ? 'path_1' : 'path_2');
    }

    // Replaying the recorded histories with the same bundle makes the same choices (or throws).
    const histories = await Promise.all(enrollments.slice(0, 4).map(({ handle }) => handle.fetchHistory()));
    const workflowBundle = await bundleJourneyWorkflows();
    for (const [index, history] of histories.entries()) {
      await Worker.runReplayHistory({ workflowBundle }, history, enrollments[index]?.handle.workflowId);
    }
  });
});
