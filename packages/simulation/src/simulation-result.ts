import { SIMULATION_HORIZON_REASON, type JourneySimulationResult } from '@wayfarer/workflows';
import type { SimulatedStep, SimulationResult } from './simulation.schema';
import type { SimulationRun, VisitRecord } from './simulation-run';

/**
 * The API's answer from what the run recorded. Workflow time on the test server runs ahead of the
 * wall clock (it skips), so every timestamp is moved onto the real start: day 3 means 3 days from now.
 */
export function simulationResult(
  run: SimulationRun,
  workflow: JourneySimulationResult,
  elapsedMs: number,
): SimulationResult {
  const base = Date.parse(workflow.startedAt);
  const at = (iso: string): string => new Date(run.startedAtMs + Date.parse(iso) - base).toISOString();
  // The step the horizon interrupted is still where the customer waits: it has not been left.
  const stillInside = (visit: VisitRecord) =>
    run.finishReasonOf(visit.entry) === SIMULATION_HORIZON_REASON && visit.port === null && visit.leftAt !== null;
  const steps: SimulatedStep[] = run
    .visitList()
    .sort((a, b) => Date.parse(a.enteredAt ?? '') - Date.parse(b.enteredAt ?? ''))
    .map((visit) => ({
      entry: visit.entry,
      stepId: visit.stepId,
      nodeType: Object.hasOwn(run.ir.steps, visit.stepId) ? (run.ir.steps[visit.stepId]?.type ?? '') : '',
      visit: visit.visit,
      enteredAt: at(visit.enteredAt ?? workflow.startedAt),
      leftAt: visit.leftAt === null || stillInside(visit) ? null : at(visit.leftAt),
      port: visit.port,
      messages: visit.messages,
      rewards: visit.rewards,
      changes: visit.changes,
    }));
  return {
    startedAt: at(workflow.startedAt),
    endedAt: at(workflow.endedAt),
    outcome: workflow.outcome,
    exitReason: workflow.exitReason,
    steps,
    goalReachedAt: run.goalReachedAt === null ? null : at(run.goalReachedAt),
    elapsedMs,
  };
}
