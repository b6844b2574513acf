import { Context } from '@temporalio/activity';
import type { JourneyIR } from '@wayfarer/journey';
import type { RunStepInput, RunStepResult } from '@wayfarer/workflows';
import type { WorkerMetrics } from './worker-metrics';

/**
 * Runs one step activity, counting it by node type and outcome and logging it (JSON, with the
 * SDK's workflowId / activityId and our step id and visit) — a throw is counted as `error`.
 */
export async function observedStep(
  metrics: WorkerMetrics | undefined,
  loadVersion: (versionId: string) => Promise<JourneyIR>,
  input: RunStepInput,
  run: () => Promise<RunStepResult>,
): Promise<RunStepResult> {
  const started = performance.now();
  const where = { stepId: input.stepId, visit: input.visit, enrollmentId: input.enrollmentId };
  const nodeType = async (): Promise<string> =>
    (await loadVersion(input.journeyVersionId).catch(() => undefined))?.steps[input.stepId]?.type ?? 'unknown';
  try {
    const result = await run();
    const outcome = result.rerunAfterMs === undefined ? result.port : 'deferred';
    const seconds = (performance.now() - started) / 1000;
    metrics?.stepRan(await nodeType(), outcome, seconds);
    activityLog()?.debug('step ran', { ...where, outcome, ms: Math.round(seconds * 1000) });
    return result;
  } catch (error) {
    metrics?.stepRan(await nodeType(), 'error', (performance.now() - started) / 1000);
    activityLog()?.warn('step failed', { ...where, error: error instanceof Error ? error.message : String(error) });
    throw error;
  }
}

// The SDK's activity logger adds workflow and activity ids but exists only inside an activity;
// tests (and the simulator) call the step function directly.
function activityLog(): Context['log'] | undefined {
  try {
    return Context.current().log;
  } catch {
    return undefined;
  }
}
