import { ActivityFailure, log, patched, workflowInfo } from '@temporalio/workflow';
import type { Step } from '@wayfarer/journey';
import { runStep, runStepOn } from './activities';
import { chooseBranch } from './choose-branch';
import type { RunStepResult } from './contract';
import { eventMatches } from './criteria';
import type { RunContext } from './run-context';
import { waitFor } from './wait';

/** What executing one step decided. */
export type StepOutcome =
  | { kind: 'follow'; port: string }
  | { kind: 'end' }
  /** The journey was told to exit while the step waited. */
  | { kind: 'exit' }
  /** The step cannot complete (its activity failed permanently). */
  | { kind: 'failed' };

type PlanOf<TOp extends Step['plan']['op']> = Extract<Step['plan'], { op: TOp }>;

const FAILED_PORT = 'failed';

// Retries that ended because the step's budget (attempts or time) was spent, not because the step
// said it can never succeed.
const budgetSpent = (error: ActivityFailure): boolean =>
  error.retryState === 'MAXIMUM_ATTEMPTS_REACHED' || error.retryState === 'TIMEOUT';

/** Runs one step by its plan. Workflow-side steps write their entered/left into the trail. */
export async function executeStep(step: Step, visit: number, ctx: RunContext): Promise<StepOutcome> {
  const { plan } = step;
  switch (plan.op) {
    case 'activity':
      return runActivityStep(step, visit, ctx);
    case 'pass':
      ctx.trail.entered(step.id, visit);
      ctx.trail.left(step.id, visit, plan.port);
      return { kind: 'follow', port: plan.port };
    case 'sleep':
      return sleepStep(step, plan, visit, ctx);
    case 'await-event':
      return awaitEventStep(step, plan, visit, ctx);
    case 'split':
      return splitStep(step, plan, visit, ctx);
    case 'end':
      ctx.trail.entered(step.id, visit);
      return { kind: 'end' };
    default: {
      const unreachable: never = plan;
      return unreachable;
    }
  }
}

async function runActivityStep(step: Step, visit: number, ctx: RunContext): Promise<StepOutcome> {
  let result = await callRunStep(step, visit, ctx);
  // The step is not done yet (a send in quiet hours): sleep durably, then run the same visit again.
  // Only new results carry rerunAfterMs, so recorded histories never reach the patch marker.
  while (typeof result === 'object' && result?.rerunAfterMs !== undefined && patched('send-defer')) {
    const waited = await waitFor(ctx, result.rerunAfterMs, { kind: 'timer' }, () => false);
    if (waited === 'exit') return { kind: 'exit' };
    result = await callRunStep(step, visit, ctx);
  }
  if (result === null) return { kind: 'failed' };
  if (result === 'budget_spent') {
    // The step's retry budget ran out: its `failed` port, as a failed send would take.
    ctx.trail.entered(step.id, visit);
    ctx.trail.left(step.id, visit, FAILED_PORT);
    return { kind: 'follow', port: FAILED_PORT };
  }
  // The step asked for a pause before its port (e.g. a wait until 09:00 in the customer's zone).
  if (result.sleepMs !== undefined && result.sleepMs > 0) {
    const waited = await waitFor(ctx, result.sleepMs, { kind: 'timer' }, () => false);
    if (waited === 'exit') return { kind: 'exit' };
  }
  return { kind: 'follow', port: result.port };
}

/**
 * Calls the generic step activity with the pending trail. Null when it failed permanently;
 * `budget_spent` when its retry budget ran out and the step has a `failed` port to follow.
 */
async function callRunStep(step: Step, visit: number, ctx: RunContext): Promise<RunStepResult | 'budget_spent' | null> {
  const { input, inbox, trail } = ctx;
  const pending = trail.pending();
  // A send runs on its channel's queue (rate-limited); histories recorded before that ran every step
  // on the journey's own queue, and replay them the same way.
  const { taskQueue } = step.plan.op === 'activity' ? step.plan : {};
  const run = taskQueue !== undefined && patched('step-task-queues') ? runStepOn(taskQueue) : runStep;
  try {
    const result = await run({
      workspaceId: input.workspaceId,
      journeyId: input.journeyId,
      journeyVersionId: input.journeyVersionId,
      enrollmentId: input.enrollmentId,
      customerId: input.customerId,
      stepId: step.id,
      visit,
      // Stable across retries, replays and continue-as-new: the activity's writes are unique on it.
      idempotencyKey: `${workflowInfo().workflowId}:${step.id}:${visit}`,
      entryEvent: input.entryEvent,
      journeyEvents: inbox.events(),
      trail: pending,
      // Workflow time, so "until 09:00 local" counts from the journey's clock (time-skipped in tests).
      now: new Date().toISOString(),
    });
    trail.commit(pending);
    return result;
  } catch (error) {
    if (!(error instanceof ActivityFailure)) throw error;
    if (budgetSpent(error) && Object.hasOwn(step.next, FAILED_PORT) && patched('step-retry-budget')) {
      log.warn('step retry budget spent; following its failed port', { stepId: step.id, visit, error });
      return 'budget_spent';
    }
    log.error('step failed permanently; the customer leaves the journey', { stepId: step.id, visit, error });
    return null;
  }
}

async function sleepStep(step: Step, plan: PlanOf<'sleep'>, visit: number, ctx: RunContext): Promise<StepOutcome> {
  ctx.trail.entered(step.id, visit);
  const waited = await waitFor(ctx, plan.ms, { kind: 'timer' }, () => false);
  if (waited === 'exit') {
    ctx.trail.left(step.id, visit);
    return { kind: 'exit' };
  }
  ctx.trail.left(step.id, visit, plan.port);
  return { kind: 'follow', port: plan.port };
}

async function awaitEventStep(
  step: Step,
  plan: PlanOf<'await-event'>,
  visit: number,
  ctx: RunContext,
): Promise<StepOutcome> {
  ctx.trail.entered(step.id, visit);
  // Only events that arrive after the customer got here count, not ones from earlier in the journey.
  const since = ctx.inbox.position;
  const arrived = (): boolean => ctx.inbox.anySince(since, (event) => eventMatches(event, plan));
  const waited = await waitFor(ctx, plan.timeoutMs, { kind: 'event', event: plan.event }, arrived);
  if (waited === 'exit') {
    ctx.trail.left(step.id, visit);
    return { kind: 'exit' };
  }
  const port = waited === 'done' ? plan.eventPort : plan.timeoutPort;
  ctx.trail.left(step.id, visit, port);
  return { kind: 'follow', port };
}

function splitStep(step: Step, plan: PlanOf<'split'>, visit: number, ctx: RunContext): StepOutcome {
  ctx.trail.entered(step.id, visit);
  const port = chooseBranch(plan.branches, Math.random());
  if (port === undefined) return { kind: 'failed' };
  ctx.trail.left(step.id, visit, port);
  return { kind: 'follow', port };
}
