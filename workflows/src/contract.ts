// The contract between the journey workflow and the worker's activities. Types only, plus names:
// the workflow sandbox imports this, the worker implements it.
import type { JourneyIR } from '@wayfarer/journey';

/** Workflow type name registered by the worker and started by the server. */
export const JOURNEY_WORKFLOW = 'journey';
/** Signal carrying an event the customer did while enrolled. */
export const CUSTOMER_EVENT_SIGNAL = 'customerEvent';
/** Signal asking the journey to end for this customer (removed by a marketer or API). */
export const EXIT_SIGNAL = 'exitJourney';
/** Query returning {@link JourneyState}. */
export const STATE_QUERY = 'state';
/** Default task queue for journeys. */
export const JOURNEY_TASK_QUEUE = 'wayfarer-journeys';

/** An event as it travels into a workflow (entry event or signal). */
export interface JourneyEvent {
  id: string;
  name: string;
  properties: Record<string, unknown>;
  timestamp: string;
}

/** Where a continued-as-new run picks up. */
export interface ResumePoint {
  stepId: string;
  visits: Record<string, number>;
  journeyEvents: JourneyEvent[];
  stepsWalked: number;
  goalReached: boolean;
}

export interface JourneyWorkflowInput {
  irVersion: JourneyIR['irVersion'];
  workspaceId: string;
  journeyId: string;
  journeyVersionId: string;
  customerId: string;
  enrollmentId: string;
  /** The trigger step the customer entered by. */
  entryStepId: string;
  entryEvent: JourneyEvent | null;
  resume?: ResumePoint;
}

/** One analytics fact about a step visit; written idempotently (unique per visit and kind). */
export interface StepEventRecord {
  stepId: string;
  visit: number;
  kind: 'entered' | 'left';
  port?: string;
  at: string;
}

export interface RunStepInput {
  workspaceId: string;
  journeyId: string;
  journeyVersionId: string;
  enrollmentId: string;
  customerId: string;
  stepId: string;
  visit: number;
  idempotencyKey: string;
  entryEvent: JourneyEvent | null;
  journeyEvents: JourneyEvent[];
  /** Step events of workflow-side steps since the last activity, written in the same transaction. */
  trail: StepEventRecord[];
}

export interface RunStepResult {
  port: string;
  sleepMs?: number;
  output?: Record<string, unknown>;
}

export type EnrollmentOutcome = 'completed' | 'exited';

/** Activities the interpreter calls. Every write is keyed so a retry never repeats it. */
export interface JourneyActivities {
  /** The immutable IR of a published version (cached by the worker). */
  loadJourneyVersion(input: { journeyVersionId: string }): Promise<JourneyIR>;
  /** Runs one step's node type in a transaction with its receipt; a repeated key returns the receipt. */
  runStep(input: RunStepInput): Promise<RunStepResult>;
  /** Writes pending step events (before a long wait, so analytics see who is waiting). */
  recordSteps(input: { enrollmentId: string; journeyVersionId: string; trail: StepEventRecord[] }): Promise<void>;
  /** Marks the goal reached on the enrollment (first time only). */
  recordGoal(input: { enrollmentId: string; eventId: string; at: string }): Promise<void>;
  /** Closes the enrollment and flushes the trail. */
  finishEnrollment(input: {
    enrollmentId: string;
    journeyVersionId: string;
    outcome: EnrollmentOutcome;
    reason?: string;
    trail: StepEventRecord[];
  }): Promise<void>;
}

/** Answer of the `state` query. */
export interface JourneyState {
  enrollmentId: string;
  journeyVersionId: string;
  currentStepId: string | null;
  status: 'running' | 'waiting' | 'completed' | 'exited';
  waitingFor: { kind: 'timer'; until: string } | { kind: 'event'; event: string; until: string } | null;
  stepsWalked: number;
  goalReached: boolean;
}

/** `journey:<journeyId>:customer:<customerId>`, suffixed with the entry event where re-entry is allowed. */
export function journeyWorkflowId(journeyId: string, customerId: string, reentryKey?: string): string {
  const base = `journey:${journeyId}:customer:${customerId}`;
  return reentryKey === undefined ? base : `${base}:entry:${reentryKey}`;
}
