// The yardstick: the six-step journey written by hand against the same activities, with no
// interpreter. The engine's throughput is reported as a ratio of this one's.
import { proxyActivities, sleep, workflowInfo } from '@temporalio/workflow';
import type { JourneyActivities, JourneyWorkflowInput, RunStepInput } from '@wayfarer/workflows';
import { SIX_STEPS } from './six-step-journey';

const activities = proxyActivities<JourneyActivities>({ startToCloseTimeout: '1 minute' });

export async function baselineJourney(input: JourneyWorkflowInput & { waitMs: number }): Promise<void> {
  const { workflowId } = workflowInfo();
  const step = (stepId: string): Promise<{ port: string }> => {
    const request: RunStepInput = {
      workspaceId: input.workspaceId,
      journeyId: input.journeyId,
      journeyVersionId: input.journeyVersionId,
      enrollmentId: input.enrollmentId,
      customerId: input.customerId,
      stepId,
      visit: 1,
      idempotencyKey: `${workflowId}:${stepId}:1`,
      entryEvent: input.entryEvent,
      journeyEvents: [],
      trail: [],
    };
    return activities.runStep(request);
  };
  await step(SIX_STEPS.tag);
  await step(SIX_STEPS.send);
  await step(SIX_STEPS.reward);
  const branch = await step(SIX_STEPS.branch);
  if (branch.port === 'true') await sleep(input.waitMs);
  await activities.finishEnrollment({
    enrollmentId: input.enrollmentId,
    journeyVersionId: input.journeyVersionId,
    outcome: 'completed',
    trail: [],
  });
}
