import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { Db, Enrollment, EntryFacts } from '@wayfarer/db';
import type { JourneyIR } from '@wayfarer/journey';
import {
  JOURNEY_WORKFLOW,
  type JourneyEvent,
  type JourneyWorkflow,
  type JourneyWorkflowInput,
} from '@wayfarer/workflows';
import { admitEntry } from './admit-entry';

/** What starting an enrollment needs from the caller's environment. */
export interface EnrollmentDeps {
  db: Db;
  temporal: Client;
  taskQueue: string;
  /** The clock entries are decided and recorded by (re-entry cooldown, entry limit); defaults to now. */
  now?: () => Date;
  /** Told every routing decision (metrics); none in most tests. */
  observe?: RoutingObserver;
}

/** Watches routing decisions as they are made. */
export interface RoutingObserver {
  /** One entry decided: started, or why not (`EnrollmentOutcome['status']`). */
  entered(outcome: EnrollmentOutcome['status']): void;
  /** An event was signalled to this many running enrollments. */
  signalled(count: number): void;
  /** An event was not signalled to this many running enrollments: their journey cannot use it. */
  skipped?(count: number): void;
}

export interface EnrollmentRequest {
  workspaceId: string;
  journeyId: string;
  journeyVersionId: string;
  ir: JourneyIR;
  customerId: string;
  entryStepId: string;
  entryEvent: JourneyEvent | null;
  workflowId: string;
  /** The entry's facts, already read and a first entry recorded with its batch (admitEntry). */
  decided?: EntryFacts | undefined;
}

/**
 * - `started`: this call started the workflow;
 * - `running`: the customer is inside (the workflow of this entry was already running, or the
 *   re-entry rule refuses a second entry while another one runs); `enrollment` is that one;
 * - `finished`: the customer went through the journey before and may not enter again ("once"), or
 *   this very entry has already finished; nothing was started;
 * - `cooldown`: re-entry is allowed but not yet; `enrollment` is the customer's latest entry;
 * - `throttled`: the journey's entry limit is reached for now; the entry is skipped.
 */
export type EnrollmentOutcome =
  | { status: 'started' | 'running' | 'finished' | 'cooldown'; enrollment: Enrollment }
  | { status: 'throttled'; enrollment: null };

/**
 * Decides the entry under the journey's rules, records the enrollment (unique by workflow id) and
 * starts its workflow. Safe to repeat: an existing running enrollment is started again in case a
 * crash came between the two writes, and Temporal's "already started" answer is normal then.
 */
export async function startEnrollment(deps: EnrollmentDeps, request: EnrollmentRequest): Promise<EnrollmentOutcome> {
  const outcome = await startOrRefuse(deps, request);
  deps.observe?.entered(outcome.status);
  return outcome;
}

async function startOrRefuse(deps: EnrollmentDeps, request: EnrollmentRequest): Promise<EnrollmentOutcome> {
  const admission = await admitEntry(
    deps.db,
    request.ir.settings,
    {
      workspaceId: request.workspaceId,
      journeyId: request.journeyId,
      journeyVersionId: request.journeyVersionId,
      customerId: request.customerId,
      workflowId: request.workflowId,
      entryStepId: request.entryStepId,
      entryEventId: request.entryEvent?.id ?? null,
      enteredAt: deps.now?.() ?? new Date(),
    },
    request.decided,
  );
  if (!admission.admitted) {
    const { refusal, previous } = admission;
    if (refusal === 'throttled') return { status: 'throttled', enrollment: null };
    if (previous === undefined) throw new Error(`Entry refused as "${refusal}" without a previous entry.`);
    return { status: refusal, enrollment: previous };
  }
  const { enrollment } = admission;
  if (enrollment.status !== 'running') return { status: 'finished', enrollment };
  return startWorkflow(deps, request, enrollment);
}

async function startWorkflow(
  deps: EnrollmentDeps,
  request: EnrollmentRequest,
  enrollment: Enrollment,
): Promise<EnrollmentOutcome> {
  // An existing enrollment keeps the version and step it was recorded with.
  const input: JourneyWorkflowInput = {
    irVersion: request.ir.irVersion,
    workspaceId: enrollment.workspaceId,
    journeyId: enrollment.journeyId,
    journeyVersionId: enrollment.journeyVersionId,
    customerId: enrollment.customerId,
    enrollmentId: enrollment.id,
    entryStepId: enrollment.entryStepId,
    entryEvent: request.entryEvent,
    // Only the IR of the version the enrollment was recorded with may travel along.
    ...(enrollment.journeyVersionId === request.journeyVersionId ? { ir: request.ir } : {}),
  };
  try {
    await deps.temporal.workflow.start<JourneyWorkflow>(JOURNEY_WORKFLOW, {
      taskQueue: deps.taskQueue,
      workflowId: enrollment.workflowId,
      args: [input],
      // A closed workflow id is never reused: "enter once" holds even if the enrollment row lags.
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
    return { status: 'started', enrollment };
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return { status: 'running', enrollment };
    throw error;
  }
}
