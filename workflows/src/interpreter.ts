import { log, workflowInfo } from '@temporalio/workflow';
import type { JourneyIR, Step } from '@wayfarer/journey';
import type { EnrollmentOutcome, ExitReason } from './contract';
import type { RunContext } from './run-context';
import { executeStep } from './steps';

/** Where a walk stopped: the enrollment is over, or this run is full and the next one goes on. */
export type WalkResult =
  { kind: 'ended'; outcome: EnrollmentOutcome; reason?: ExitReason } | { kind: 'continue-as-new'; stepId: string };

const completed: WalkResult = { kind: 'ended', outcome: 'completed' };
const exited = (reason: ExitReason): WalkResult => ({ kind: 'ended', outcome: 'exited', reason });
const failed = (stepId: string): WalkResult => exited(`step_failed:${stepId}`);

// Own properties only: a step id such as "constructor" must not find Object.prototype members.
function stepById(ir: JourneyIR, stepId: string): Step | undefined {
  return Object.hasOwn(ir.steps, stepId) ? ir.steps[stepId] : undefined;
}

/** The step a port leads to; null ends the journey; undefined means the step has no such port. */
function target(step: Step, port: string): string | null | undefined {
  return Object.hasOwn(step.next, port) ? step.next[port] : undefined;
}

function runIsFull({ ir, state }: RunContext): boolean {
  // At least one step per run, so a run that is "suggested" to continue at once still progresses.
  if (state.stepsThisRun === 0) return false;
  return state.stepsThisRun >= ir.settings.continueAsNewAfterSteps || workflowInfo().continueAsNewSuggested;
}

/**
 * Walks the IR from `startStepId`, appending every entered step to `path`, until the journey ends,
 * is told to exit, or this run has walked enough steps to continue as new.
 */
export async function walk(ctx: RunContext, startStepId: string, path: string[]): Promise<WalkResult> {
  const { state } = ctx;
  let stepId = startStepId;
  for (;;) {
    if (state.exitReason !== null) return exited(state.exitReason);
    if (runIsFull(ctx)) return { kind: 'continue-as-new', stepId };
    const step = stepById(ctx.ir, stepId);
    if (step === undefined) {
      log.error('step missing from the journey version', { stepId });
      return failed(stepId);
    }
    const visit = state.enter(step.id);
    path.push(step.id);
    const outcome = await executeStep(step, visit, ctx);
    switch (outcome.kind) {
      case 'follow': {
        const next = target(step, outcome.port);
        if (next === undefined) {
          log.error('step returned a port it does not have', { stepId: step.id, port: outcome.port });
          return failed(step.id);
        }
        if (next === null) return completed;
        stepId = next;
        break;
      }
      case 'end':
        return completed;
      case 'exit':
        return exited(state.exitReason ?? 'exit_requested');
      case 'failed':
        return failed(step.id);
      default: {
        const unreachable: never = outcome;
        return unreachable;
      }
    }
  }
}
