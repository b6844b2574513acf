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

/**
 * The task queue of background work beside a journey queue: broadcasts, date-trigger sweeps,
 * segment refreshes, loyalty maintenance. Apart, so a broadcast cannot starve live journeys.
 */
export function maintenanceTaskQueue(journeyQueue: string): string {
  return `${journeyQueue}-maintenance`;
}

/** The task queue of the sends on one channel beside a journey queue; each has its own rate limit. */
export function sendTaskQueue(journeyQueue: string, channel: string): string {
  return `${journeyQueue}-send-${channel}`;
}

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
  /**
   * The version's IR, when the starter has it at hand: the workflow then does not load it (one
   * Temporal action fewer per customer; the IR is in the history either way). Absent, it is loaded.
   */
  ir?: JourneyIR;
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
  /** Workflow time (ISO) when the step started: local-time waits count from it, not from the worker's clock. */
  now?: string;
}

export interface RunStepResult {
  port: string;
  sleepMs?: number;
  /** The step is not done: sleep this long, then run the same visit again (`port` is not followed). */
  rerunAfterMs?: number;
  output?: Record<string, unknown>;
}

export type EnrollmentOutcome = 'completed' | 'exited';

/**
 * Why an enrollment exited (the `reason` given to finishEnrollment):
 * - `exit_event:<event name>` — an event matched one of the journey's exit criteria;
 * - the reason sent with the `exitJourney` signal (`exit_requested` when it was empty);
 * - `step_failed:<step id>` — a step's activity failed permanently, returned a port its step does
 *   not have, or the step is missing from the IR. The customer leaves rather than getting stuck.
 * A completed enrollment has no reason.
 */
export type ExitReason = string;

/** Payload of the `exitJourney` signal. */
export interface ExitJourneyInput {
  reason: string;
}

/** What one run of the journey workflow returns when the enrollment ends. */
export interface JourneyRunSummary {
  outcome: EnrollmentOutcome;
  reason?: ExitReason;
  /** Step ids entered by this run, in order (earlier runs of a continued-as-new chain are not included). */
  path: string[];
  /** Steps walked by the whole enrollment, across continue-as-new. */
  stepsWalked: number;
}

/** The workflow function's type, for typed `client.workflow.start<JourneyWorkflow>(JOURNEY_WORKFLOW, …)`. */
export type JourneyWorkflow = (input: JourneyWorkflowInput) => Promise<JourneyRunSummary>;

/**
 * A step's retry budget: at most this many attempts (about 8 hours of backoff) and this long from
 * the first attempt, whichever ends first. After it the step follows its `failed` port, or the
 * customer leaves with `step_failed:<step>` (see steps.ts; per node in docs/retry-budgets.md).
 */
export const STEP_RETRY_BUDGET = { maximumAttempts: 100, scheduleToClose: '24 hours' } as const;

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
    reason?: ExitReason;
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
