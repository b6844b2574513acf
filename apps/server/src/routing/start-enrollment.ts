import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { enrollCustomer, type Db, type Enrollment } from '@wayfarer/db';
import type { JourneyIR } from '@wayfarer/journey';
import {
  JOURNEY_WORKFLOW,
  type JourneyEvent,
  type JourneyWorkflow,
  type JourneyWorkflowInput,
} from '@wayfarer/workflows';

/** What starting an enrollment needs from the caller's environment. */
export interface EnrollmentDeps {
  db: Db;
  temporal: Client;
  taskQueue: string;
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
}

/**
 * - `started`: this call started the workflow;
 * - `running`: the workflow was already running (the customer is inside: "enter once");
 * - `finished`: the customer went through this entry before and left; nothing was started.
 */
export type EnrollmentOutcome = { status: 'started' | 'running' | 'finished'; enrollment: Enrollment };

/**
 * Records the enrollment (unique by workflow id) and starts its workflow. Safe to repeat: an
 * existing running enrollment is started again in case a crash came between the two writes, and
 * Temporal's "already started" answer is the normal outcome then.
 */
export async function startEnrollment(deps: EnrollmentDeps, request: EnrollmentRequest): Promise<EnrollmentOutcome> {
  const { enrollment, created } = await enrollCustomer(deps.db, {
    workspaceId: request.workspaceId,
    journeyId: request.journeyId,
    journeyVersionId: request.journeyVersionId,
    customerId: request.customerId,
    workflowId: request.workflowId,
    entryStepId: request.entryStepId,
    entryEventId: request.entryEvent?.id ?? null,
  });
  if (!created && enrollment.status !== 'running') return { status: 'finished', enrollment };
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
  };
  try {
    await deps.temporal.workflow.start<JourneyWorkflow>(JOURNEY_WORKFLOW, {
      taskQueue: deps.taskQueue,
      workflowId: request.workflowId,
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
