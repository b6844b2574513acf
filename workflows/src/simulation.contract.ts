// The contract of the simulation ("test run") workflow: the real journey workflow run as children
// on the time-skipping test server, with events injected at chosen offsets and the facts the
// journey produces routed back in. Types and names only.
import type { JourneyEvent, JourneyRunSummary, JourneyWorkflowInput } from './contract';

/** Workflow type name of the simulation parent. */
export const JOURNEY_SIMULATION_WORKFLOW = 'journeySimulation';
/** Exit reason sent to the journey when the simulated horizon is reached. */
export const SIMULATION_HORIZON_REASON = 'simulation_horizon';
/** Signal carrying a fact a simulated step produced (an event it stored, a tag it added). */
export const SIMULATION_FACT_SIGNAL = 'simulationFact';

/** An event the simulated customer does `atMs` after the entry. */
export interface InjectedEvent {
  atMs: number;
  event: Omit<JourneyEvent, 'timestamp'>;
}

/** Something a step produced that may continue a wait or start another entry. */
export type SimulationFact =
  { kind: 'event'; event: Omit<JourneyEvent, 'timestamp'> } | { kind: 'tag'; id: string; tag: string };

/** Where a fact or injected event enters the journey again, as the simulation's routing decided. */
export interface SimulatedEntry {
  enrollmentId: string;
  entryStepId: string;
}

export interface JourneySimulationInput {
  /** Input of the first entry; its entry event's timestamp is set to the moment it enters. */
  journey: JourneyWorkflowInput;
  childWorkflowId: string;
  /** Workflow time to wait before the first entry (a date trigger's scheduled local time). */
  entryDelayMs?: number;
  /** How long to simulate from the first entry; entries still inside then are ended. */
  horizonMs: number;
  events: InjectedEvent[];
}

/** How the simulated enrollment ended; `waiting` when it was still inside at the horizon. */
export interface JourneySimulationResult {
  /** Workflow time (ISO) of the start, the base of every simulated timestamp. */
  startedAt: string;
  /** Workflow time (ISO) when the last entry ended, or the horizon. */
  endedAt: string;
  /** How the first entry ended. */
  outcome: 'completed' | 'exited' | 'waiting';
  exitReason: string | null;
  summary: JourneyRunSummary;
}

/** Activities only the simulation parent calls (the simulation worker implements them). */
export interface SimulationActivities {
  /** Sets the run's clock: workflow time `startedAt` is the real start of the test run. */
  beginSimulation(input: { simulationId: string; startedAt: string }): Promise<void>;
  /** Whether an event or tag enters the journey again (trigger, re-entry rule); null: it does not. */
  routeSimulatedFact(input: { simulationId: string; fact: SimulationFact; at: string }): Promise<SimulatedEntry | null>;
}

/** The simulation workflow's type, for typed starts. */
export type JourneySimulationWorkflow = (input: JourneySimulationInput) => Promise<JourneySimulationResult>;
