import { loadCustomerProfile, type Db, type NewStepEvent } from '@wayfarer/db';
import type { JourneyIR, Step } from '@wayfarer/journey';
import type {
  AnyRuntimeFacet,
  CustomerSnapshot,
  RuntimeRegistry,
  ServiceRegistry,
  StepInfo,
} from '@wayfarer/nodes/runtime';
import type { RunStepInput, RunStepResult, StepEventRecord } from '@wayfarer/workflows';
import type { ProfileChanges } from './segment-step-facts';
import { permanentStepFailure } from './step-errors';
import type { WorkerStepHost } from './step-services/worker-host';

/** What runStep needs from the worker. */
export interface RunStepDeps {
  db: Db;
  runtimes: RuntimeRegistry;
  /** The services node runtimes get (see step-services/worker-services.ts). */
  services: ServiceRegistry<WorkerStepHost>;
  loadVersion: (versionId: string) => Promise<JourneyIR>;
  /** Marked when the step's node changes the customer's profile or stores events. */
  changes?: ProfileChanges;
}

/** One step visit being run: the activity input, its step, its runtime and its clock. */
export interface StepVisit {
  deps: RunStepDeps;
  input: RunStepInput;
  step: Step;
  facet: AnyRuntimeFacet;
  startedAt: Date;
  changes: ProfileChanges;
}

/** Which enrollment a step event belongs to. */
export interface EnrollmentScope {
  workspaceId: string;
  journeyId: string;
  journeyVersionId: string;
  enrollmentId: string;
}

/** Step-event rows for the database from the workflow's records. */
export function stepEventRows(scope: EnrollmentScope, records: readonly StepEventRecord[]): NewStepEvent[] {
  return records.map((record) => ({
    workspaceId: scope.workspaceId,
    journeyId: scope.journeyId,
    journeyVersionId: scope.journeyVersionId,
    enrollmentId: scope.enrollmentId,
    stepId: record.stepId,
    visit: record.visit,
    kind: record.kind,
    port: record.port ?? null,
    at: record.at,
  }));
}

/** The activity's answer from a stored receipt. */
export function receiptResult(receipt: {
  port: string;
  sleepMs: number | null;
  output: Record<string, unknown>;
}): RunStepResult {
  return {
    port: receipt.port,
    output: receipt.output,
    ...(receipt.sleepMs === null ? {} : { sleepMs: receipt.sleepMs }),
  };
}

/** The customer as the step sees them (tier, badges and value tier included), as of its clock. */
export async function stepCustomer(db: Db, visit: StepVisit): Promise<CustomerSnapshot> {
  const profile = await loadCustomerProfile(db, visit.input.customerId, visit.startedAt);
  if (!profile) throw permanentStepFailure('unknown_customer', `Customer ${visit.input.customerId} no longer exists.`);
  return profile;
}

/** What a runtime and its service providers learn about the visit. */
export function stepInfo(visit: StepVisit, customer: CustomerSnapshot): StepInfo {
  const { input } = visit;
  return {
    workspaceId: input.workspaceId,
    journeyId: input.journeyId,
    journeyVersionId: input.journeyVersionId,
    enrollmentId: input.enrollmentId,
    stepId: input.stepId,
    visit: input.visit,
    idempotencyKey: input.idempotencyKey,
    now: visit.startedAt,
    customer,
    entryEvent: input.entryEvent,
    journeyEvents: input.journeyEvents,
  };
}
