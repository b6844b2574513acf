// The contract of the simulation ("test run") workflow: the real journey workflow run as a child
// on the time-skipping test server, with events injected at chosen offsets. Types and names only.
import type { JourneyEvent, JourneyRunSummary, JourneyWorkflowInput } from './contract';

/** Workflow type name of the simulation parent. */
export const JOURNEY_SIMULATION_WORKFLOW = 'journeySimulation';
/** Exit reason sent to the journey when the simulated horizon is reached. */
export const SIMULATION_HORIZON_REASON = 'simulation_horizon';

/** An event the simulated customer does `atMs` after the start. */
export interface InjectedEvent {
  atMs: number;
  event: Omit<JourneyEvent, 'timestamp'>;
}

export interface JourneySimulationInput {
  /** Input of the child journey; its entry event's timestamp is set to the simulation's start. */
  journey: JourneyWorkflowInput;
  childWorkflowId: string;
  /** How long to simulate; the journey is ended at this offset if it is still running. */
  horizonMs: number;
  events: InjectedEvent[];
}

/** How the simulated enrollment ended; `waiting` when it was still inside at the horizon. */
export interface JourneySimulationResult {
  /** Workflow time (ISO) of the start, the base of every simulated timestamp. */
  startedAt: string;
  /** Workflow time (ISO) when the journey ended, or the horizon. */
  endedAt: string;
  outcome: 'completed' | 'exited' | 'waiting';
  exitReason: string | null;
  summary: JourneyRunSummary;
}

/** The simulation workflow's type, for typed starts. */
export type JourneySimulationWorkflow = (input: JourneySimulationInput) => Promise<JourneySimulationResult>;
