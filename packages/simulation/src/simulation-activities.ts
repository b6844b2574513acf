// The journey's activity contract implemented for simulations: the same interpreter calls these,
// the node's real runtime facet runs, and everything it would write is recorded in memory on the
// simulation (found by the enrollment id, which is the simulation id) instead.
import { ApplicationFailure } from '@temporalio/common';
import { defaultOutboundPolicy, type OutboundPolicy, type SecretBox } from '@wayfarer/channels';
import type { Db } from '@wayfarer/db';
import type { Step } from '@wayfarer/journey';
import {
  runFacet,
  StepFailure,
  type RuntimeRegistry,
  type ServiceRegistry,
  type StepInfo,
  type StepResult,
} from '@wayfarer/nodes/runtime';
import type {
  JourneyActivities,
  JourneyEvent,
  RunStepInput,
  RunStepResult,
  SimulationActivities,
} from '@wayfarer/workflows';
import type { SimulationHost } from './memory-services';
import { routeInRun } from './simulated-routing';
import { refreshSimulatedSegments } from './simulated-segments';
import { SimulationRun } from './simulation-run';
import { createSimulationServices } from './simulation-services';

export interface SimulationActivityDeps {
  db: Db;
  runtimes: RuntimeRegistry;
  /** The simulations in flight, by id. */
  runs: ReadonlyMap<string, SimulationRun>;
  /** Opens workspace secrets node packages read (WAYFARER_SECRET_KEY). */
  secretBox?: SecretBox;
  /** Which addresses node lookups may reach (WAYFARER_OUTBOUND_ALLOW's policy when absent). */
  outbound?: OutboundPolicy;
}

// A simulation has nothing transient to wait out: every failure ends the step, as a permanent one would.
const permanent = (message: string, type: string) => ApplicationFailure.nonRetryable(message, type);

function runOf(deps: SimulationActivityDeps, id: string): SimulationRun {
  const run = deps.runs.get(SimulationRun.runIdOf(id));
  if (!run) throw permanent(`Simulation ${id} is not running.`, 'unknown_simulation');
  return run;
}

/** The simulation's clock: workflow time shifted so that the simulation workflow started at the real start. */
function onRealClock(run: SimulationRun, workflowMs: number): Date {
  return new Date(run.startedAtMs + (workflowMs - (run.workflowStartMs ?? workflowMs)));
}

function simulatedNow(run: SimulationRun, input: RunStepInput): Date {
  return onRealClock(run, input.now === undefined ? Date.now() : Date.parse(input.now));
}

function shifted(run: SimulationRun, event: JourneyEvent): JourneyEvent {
  return { ...event, timestamp: onRealClock(run, Date.parse(event.timestamp)).toISOString() };
}

async function execute(
  deps: SimulationActivityDeps,
  services: ServiceRegistry<SimulationHost>,
  run: SimulationRun,
  input: RunStepInput,
  step: Step,
) {
  const facet = deps.runtimes.get(step.type);
  if (!facet) throw permanent(`No runtime facet for node type "${step.type}" (step ${step.id}).`, 'missing_runtime');
  const info: StepInfo = {
    workspaceId: input.workspaceId,
    journeyId: input.journeyId,
    journeyVersionId: input.journeyVersionId,
    enrollmentId: input.enrollmentId,
    stepId: step.id,
    visit: input.visit,
    idempotencyKey: input.idempotencyKey,
    now: simulatedNow(run, input),
    customer: structuredClone(run.customer),
    entryEvent: input.entryEvent === null ? null : shifted(run, input.entryEvent),
    journeyEvents: input.journeyEvents.map((event) => shifted(run, event)),
  };
  let result: StepResult;
  try {
    const ref = { entry: run.entryOf(input.enrollmentId), stepId: step.id, visit: input.visit };
    result = await runFacet(facet, step.config, info, services, { run, ref });
  } catch (error) {
    if (error instanceof ApplicationFailure) throw error;
    if (error instanceof StepFailure) throw permanent(error.message, error.code);
    throw permanent(error instanceof Error ? error.message : String(error), 'step_error');
  }
  if (!Object.hasOwn(step.next, result.port))
    throw permanent(
      `Step ${step.id} (${step.type}) chose port "${result.port}", which it does not have.`,
      'invalid_port',
    );
  return result;
}

/** What segment rules read of the simulated customer, to tell whether a step changed it. */
function profileMark(run: SimulationRun): string {
  const { tags, attributes, points, tier, valueTier } = run.customer;
  return JSON.stringify([tags, attributes, points, tier ?? null, valueTier ?? null, run.events.length]);
}

/** Runs one step visit like the worker's runStep, recording instead of writing. */
async function runStep(
  deps: SimulationActivityDeps,
  services: ServiceRegistry<SimulationHost>,
  input: RunStepInput,
): Promise<RunStepResult> {
  const run = runOf(deps, input.enrollmentId);
  const receipt = run.receipts.get(input.idempotencyKey);
  if (receipt) return receipt;
  const step = Object.hasOwn(run.ir.steps, input.stepId) ? run.ir.steps[input.stepId] : undefined;
  if (!step) throw permanent(`Step ${input.stepId} is not in the simulated journey.`, 'unknown_step');
  const entry = run.entryOf(input.enrollmentId);
  run.trail(entry, input.trail);
  const at = input.now ?? new Date().toISOString();
  run.trail(entry, [{ stepId: step.id, visit: input.visit, kind: 'entered', at }]);
  const before = profileMark(run);
  const result = await execute(deps, services, run, input, step);
  // As after a real step that changed the profile: segments are evaluated again.
  if (profileMark(run) !== before)
    await refreshSimulatedSegments(deps.db, run, simulatedNow(run, input), {
      entry,
      stepId: step.id,
      visit: input.visit,
    });
  if (result.rerunAfterMs !== undefined) return { port: result.port, rerunAfterMs: result.rerunAfterMs };
  const leftAt = new Date(Date.parse(at) + 1).toISOString();
  run.trail(entry, [{ stepId: step.id, visit: input.visit, kind: 'left', port: result.port, at: leftAt }]);
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

/** The journey activities of the simulation worker, and those of the simulation workflow. */
export function createSimulationActivities(deps: SimulationActivityDeps): JourneyActivities & SimulationActivities {
  const services = createSimulationServices(deps.runtimes, {
    db: deps.db,
    outbound: deps.outbound ?? defaultOutboundPolicy(),
    ...(deps.secretBox === undefined ? {} : { secretBox: deps.secretBox }),
  });
  return {
    loadJourneyVersion: ({ journeyVersionId }) => Promise.resolve(runOf(deps, journeyVersionId).ir),
    runStep: (input) => runStep(deps, services, input),
    recordSteps: ({ enrollmentId, trail }) => {
      const run = runOf(deps, enrollmentId);
      run.trail(run.entryOf(enrollmentId), trail);
      return Promise.resolve();
    },
    recordGoal: ({ enrollmentId, at }) => {
      const run = runOf(deps, enrollmentId);
      run.goalReachedAt ??= at;
      return Promise.resolve();
    },
    finishEnrollment: ({ enrollmentId, trail, reason }) => {
      const run = runOf(deps, enrollmentId);
      run.trail(run.entryOf(enrollmentId), trail);
      const entry = run.entries.get(enrollmentId);
      if (entry) Object.assign(entry, { running: false, reason: reason ?? null });
      return Promise.resolve();
    },
    beginSimulation: ({ simulationId, startedAt }) => {
      runOf(deps, simulationId).workflowStartMs = Date.parse(startedAt);
      return Promise.resolve();
    },
    routeSimulatedFact: async ({ simulationId, fact, at }) => {
      const run = runOf(deps, simulationId);
      const now = onRealClock(run, Date.parse(at));
      const entry = routeInRun(run, fact, now, deps.runtimes.nodes);
      // An injected event (the only kind not yet kept) may change segments with event rules.
      if (fact.kind === 'event' && !run.events.some((event) => event.id === fact.event.id)) {
        run.events.push({ ...fact.event, at: now });
        await refreshSimulatedSegments(deps.db, run, now, null);
      }
      return entry;
    },
  };
}
