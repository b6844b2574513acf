// The journey's activity contract implemented for simulations: the same interpreter calls these,
// the node's real runtime facet runs, and everything it would write is recorded in memory on the
// simulation (found by the enrollment id, which is the simulation id) instead.
import { ApplicationFailure } from '@temporalio/common';
import type { Db } from '@wayfarer/db';
import type { Step } from '@wayfarer/journey';
import type { RuntimeContext, RuntimeRegistry, StepResult } from '@wayfarer/nodes/runtime';
import type { JourneyActivities, JourneyEvent, RunStepInput, RunStepResult } from '@wayfarer/workflows';
import { memoryExperimentServices } from './memory-experiments';
import { memoryLoyaltyServices } from './memory-loyalty';
import { memoryRuntimeServices } from './memory-services';
import type { SimulationRun } from './simulation-run';

export interface SimulationActivityDeps {
  db: Db;
  runtimes: RuntimeRegistry;
  /** The simulations in flight, by id. */
  runs: ReadonlyMap<string, SimulationRun>;
}

// A simulation has nothing transient to wait out: every failure ends the step, as a permanent one would.
const permanent = (message: string, type: string) => ApplicationFailure.nonRetryable(message, type);

function runOf(deps: SimulationActivityDeps, id: string): SimulationRun {
  const run = deps.runs.get(id);
  if (!run) throw permanent(`Simulation ${id} is not running.`, 'unknown_simulation');
  return run;
}

/** The simulation's clock: workflow time shifted so that the entry event happened at the real start. */
function simulatedNow(run: SimulationRun, input: RunStepInput): Date {
  const workflowNow = input.now === undefined ? Date.now() : Date.parse(input.now);
  const start = input.entryEvent === null ? workflowNow : Date.parse(input.entryEvent.timestamp);
  return new Date(run.startedAtMs + (workflowNow - start));
}

function shifted(run: SimulationRun, input: RunStepInput, event: JourneyEvent): JourneyEvent {
  const start = input.entryEvent === null ? Date.parse(event.timestamp) : Date.parse(input.entryEvent.timestamp);
  return { ...event, timestamp: new Date(run.startedAtMs + Date.parse(event.timestamp) - start).toISOString() };
}

async function execute(deps: SimulationActivityDeps, run: SimulationRun, input: RunStepInput, step: Step) {
  const facet = deps.runtimes.get(step.type);
  if (!facet) throw permanent(`No runtime facet for node type "${step.type}" (step ${step.id}).`, 'missing_runtime');
  const now = simulatedNow(run, input);
  const ref = { stepId: step.id, visit: input.visit };
  const context: RuntimeContext = {
    workspaceId: input.workspaceId,
    journeyId: input.journeyId,
    journeyVersionId: input.journeyVersionId,
    enrollmentId: input.enrollmentId,
    stepId: step.id,
    visit: input.visit,
    idempotencyKey: input.idempotencyKey,
    now,
    customer: structuredClone(run.customer),
    entryEvent: input.entryEvent === null ? null : shifted(run, input, input.entryEvent),
    journeyEvents: input.journeyEvents.map((event) => shifted(run, input, event)),
    services: {
      ...memoryRuntimeServices(run, ref),
      loyalty: memoryLoyaltyServices(deps.db, run, ref, now),
      experiments: memoryExperimentServices(deps.db, run, { journeyId: input.journeyId, stepId: step.id }),
    },
  };
  let result: StepResult;
  try {
    result = await facet.execute(step.config, context);
  } catch (error) {
    if (error instanceof ApplicationFailure) throw error;
    throw permanent(error instanceof Error ? error.message : String(error), 'step_error');
  }
  if (!Object.hasOwn(step.next, result.port))
    throw permanent(
      `Step ${step.id} (${step.type}) chose port "${result.port}", which it does not have.`,
      'invalid_port',
    );
  return result;
}

/** Runs one step visit like the worker's runStep, recording instead of writing. */
async function runStep(deps: SimulationActivityDeps, input: RunStepInput): Promise<RunStepResult> {
  const run = runOf(deps, input.enrollmentId);
  const receipt = run.receipts.get(input.idempotencyKey);
  if (receipt) return receipt;
  const step = Object.hasOwn(run.ir.steps, input.stepId) ? run.ir.steps[input.stepId] : undefined;
  if (!step) throw permanent(`Step ${input.stepId} is not in the simulated journey.`, 'unknown_step');
  run.trail(input.trail);
  const at = input.now ?? new Date().toISOString();
  run.trail([{ stepId: step.id, visit: input.visit, kind: 'entered', at }]);
  const result = await execute(deps, run, input, step);
  if (result.rerunAfterMs !== undefined) return { port: result.port, rerunAfterMs: result.rerunAfterMs };
  const leftAt = new Date(Date.parse(at) + 1).toISOString();
  run.trail([{ stepId: step.id, visit: input.visit, kind: 'left', port: result.port, at: leftAt }]);
  const output = result.output ?? {};
  run.outputs[step.id] = output;
  const done: RunStepResult = {
    port: result.port,
    output,
    ...(result.sleepMs === undefined ? {} : { sleepMs: result.sleepMs }),
  };
  run.receipts.set(input.idempotencyKey, done);
  return done;
}

/** The journey activities of the simulation worker. */
export function createSimulationActivities(deps: SimulationActivityDeps): JourneyActivities {
  return {
    loadJourneyVersion: ({ journeyVersionId }) => Promise.resolve(runOf(deps, journeyVersionId).ir),
    runStep: (input) => runStep(deps, input),
    recordSteps: ({ enrollmentId, trail }) => Promise.resolve(runOf(deps, enrollmentId).trail(trail)),
    recordGoal: ({ enrollmentId, at }) => {
      const run = runOf(deps, enrollmentId);
      run.goalReachedAt ??= at;
      return Promise.resolve();
    },
    finishEnrollment: ({ enrollmentId, trail, reason }) => {
      const run = runOf(deps, enrollmentId);
      run.trail(trail);
      run.finishReason = reason ?? null;
      return Promise.resolve();
    },
  };
}
