// The journey workflow: one generic interpreter for every published journey (after Temporal's
// dsl-interpreter sample). It walks the immutable IR of the customer's version (given, or loaded); node
// types are never named here, so adding one never changes this code or breaks replay.
// The worker preloads these modules once per thread and every workflow shares them
// (journeyBundleOptions): keep per-run state in the run, never at module level.
import { allHandlersFinished, condition, continueAsNew, setHandler } from '@temporalio/workflow';
import { finishEnrollment, loadJourneyVersion } from './activities';
import type { JourneyRunSummary, JourneyWorkflow, JourneyWorkflowInput } from './contract';
import { EventInbox } from './event-inbox';
import { flushTrail } from './flush';
import { walk, type WalkResult } from './interpreter';
import { stateQuery } from './messages';
import type { RunContext } from './run-context';
import { RunState } from './run-state';
import { registerSignals } from './signals';
import { Trail } from './trail';

// The worker bundles this file: every workflow type it runs is exported from here.
export { broadcast } from './broadcast.workflow';
export { segmentRefresh } from './segment-refresh.workflow';
export { dateTriggerSweep } from './date-trigger-sweep.workflow';
export { loyaltyMaintenance } from './loyalty-maintenance.workflow';
export { experimentDecisions } from './experiment-decisions.workflow';
export { journeySimulation } from './simulation.workflow';
export { customerImport } from './customer-import.workflow';
export { customerExport } from './customer-export.workflow';
export { testSend } from './test-send.workflow';
export { dataRetention } from './data-retention.workflow';
export { richMenuSync } from './rich-menu-sync.workflow';
export { richMenuRollout } from './rich-menu-rollout.workflow';

/** Walks one customer through one journey version, continuing as new when the run gets long. */
export async function journey(input: JourneyWorkflowInput): Promise<JourneyRunSummary> {
  const state = new RunState(input.resume);
  // The query answers from the first task on, even before the IR is loaded.
  setHandler(stateQuery, () => state.snapshot(input));
  const ir = input.ir ?? (await loadJourneyVersion({ journeyVersionId: input.journeyVersionId }));
  const inbox = new EventInbox(input.resume?.journeyEvents ?? [], input.entryEvent);
  const ctx: RunContext = { input, ir, state, trail: new Trail(), inbox };
  registerSignals(ctx);
  const path: string[] = [];
  const result = await walk(ctx, input.resume?.stepId ?? input.entryStepId, path);
  if (result.kind === 'ended') return finish(ctx, result, path);
  // Step events are written and in-flight handlers (goal recording) done before the run ends.
  await flushTrail(ctx);
  await condition(allHandlersFinished);
  // An exit that arrived while we were flushing must not be lost to the next run.
  if (state.exitReason !== null)
    return finish(ctx, { kind: 'ended', outcome: 'exited', reason: state.exitReason }, path);
  return continueAsNew<JourneyWorkflow>({
    ...input,
    resume: {
      stepId: result.stepId,
      visits: state.visitCounts(),
      journeyEvents: inbox.events(),
      stepsWalked: state.stepsWalked,
      goalReached: state.goalReached,
    },
  });
}

async function finish(
  ctx: RunContext,
  result: Extract<WalkResult, { kind: 'ended' }>,
  path: string[],
): Promise<JourneyRunSummary> {
  const { input, state, trail } = ctx;
  state.end(result.outcome);
  // A goal being recorded right now is written before the enrollment closes.
  await condition(allHandlersFinished);
  const pending = trail.pending();
  await finishEnrollment({
    enrollmentId: input.enrollmentId,
    journeyVersionId: input.journeyVersionId,
    outcome: result.outcome,
    ...(result.reason === undefined ? {} : { reason: result.reason }),
    trail: pending,
  });
  trail.commit(pending);
  return {
    outcome: result.outcome,
    ...(result.reason === undefined ? {} : { reason: result.reason }),
    path,
    stepsWalked: state.stepsWalked,
  };
}
