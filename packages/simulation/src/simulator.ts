// createSimulator (issue 7): "test run" a journey for one customer over N days in seconds, on the
// real interpreter and the real node runtimes, writing nothing. One engine per simulator, started
// lazily; each simulate() is one parent workflow with its own ids and in-memory record.
import { randomUUID } from 'node:crypto';
import type { JourneyIR } from '@wayfarer/journey';
import type { JourneyWorkflowInput, JourneySimulationInput, JourneySimulationWorkflow } from '@wayfarer/workflows';
import { JOURNEY_SIMULATION_WORKFLOW, SIMULATION_FACT_SIGNAL } from '@wayfarer/workflows';
import { startSimulationEngine, type EngineOptions, type SimulationEngine } from './simulation-engine';
import { simulatedStart } from './simulated-entry';
import { SimulationRun } from './simulation-run';
import type { SimulationResult, SimulationScenario } from './simulation.schema';
import { simulationResult } from './simulation-result';
import { simulatedCustomer } from './simulated-customer';
import { startSimulatedSegments } from './simulated-segments';

export type SimulatorOptions = Omit<EngineOptions, 'runs' | 'taskQueue'> & { taskQueue?: string };

/** One simulation: the journey (its IR, compiled from a draft or read from a version) and the scenario. */
export interface SimulationRequest extends SimulationScenario {
  workspaceId: string;
  journeyId: string;
  ir: JourneyIR;
}

export interface Simulator {
  /** Starts the test server and worker now, so the first simulate() answers quickly. */
  warmUp(): Promise<void>;
  simulate(request: SimulationRequest): Promise<SimulationResult>;
  /** Stops the worker and the test server; simulate() starts them again if called later. */
  close(): Promise<void>;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

function workflowInput(request: SimulationRequest, run: SimulationRun): JourneySimulationInput {
  const start = simulatedStart(request.ir, request.startEvent.name, run.customer, new Date(run.startedAtMs));
  const journey: JourneyWorkflowInput = {
    irVersion: request.ir.irVersion,
    workspaceId: request.workspaceId,
    journeyId: request.journeyId,
    // The simulation id stands for the version and the enrollment: the activities find the run by it.
    journeyVersionId: run.id,
    enrollmentId: run.id,
    customerId: run.customer.id,
    entryStepId: start.entryStepId,
    entryEvent: { id: `simulation:${run.id}:start`, ...request.startEvent, timestamp: new Date(0).toISOString() },
  };
  return {
    journey,
    childWorkflowId: `simulation:${run.id}:journey`,
    entryDelayMs: start.delayMs,
    horizonMs: request.days * DAY_MS,
    events: request.events.map(({ atHours, name, properties }, index) => ({
      atMs: Math.round(atHours * HOUR_MS),
      event: { id: `simulation:${run.id}:event:${index}`, name, properties },
    })),
  };
}

export function createSimulator(options: SimulatorOptions): Simulator {
  const runs = new Map<string, SimulationRun>();
  const taskQueue = options.taskQueue ?? `wayfarer-simulation-${randomUUID()}`;
  let engine: Promise<SimulationEngine> | undefined;
  const started = (): Promise<SimulationEngine> => {
    engine ??= startSimulationEngine({ ...options, runs, taskQueue }).then((ready) => {
      // A crashed worker is replaced on the next request rather than hanging every later one.
      ready.running.catch(() => (engine = undefined));
      return ready;
    });
    engine.catch(() => (engine = undefined));
    return engine;
  };
  return {
    warmUp: async () => {
      await started();
    },
    simulate: async (request) => {
      const begin = performance.now();
      const id = randomUUID();
      const customer = await simulatedCustomer(options.db, request.workspaceId, request.customer, id);
      const engine = await started();
      const run = new SimulationRun(
        id,
        request.workspaceId,
        request.ir,
        customer,
        Date.now(),
        request.variants,
        request.sendingRules,
      );
      await startSimulatedSegments(options.db, run);
      const input = workflowInput(request, run);
      const workflowId = `simulation:${id}`;
      run.routeFact = (fact) => engine.workflows.getHandle(workflowId).signal(SIMULATION_FACT_SIGNAL, fact);
      runs.set(id, run);
      try {
        const result = await engine.skippingTime(() =>
          engine.workflows.execute<JourneySimulationWorkflow>(JOURNEY_SIMULATION_WORKFLOW, {
            workflowId,
            taskQueue,
            args: [input],
          }),
        );
        return simulationResult(run, result, performance.now() - begin);
      } finally {
        runs.delete(id);
      }
    },
    close: async () => {
      const current = engine;
      engine = undefined;
      if (current) await (await current.catch(() => undefined))?.stop();
    },
  };
}
