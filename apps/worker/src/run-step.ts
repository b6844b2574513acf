import { sql } from 'kysely';
import {
  enrollmentWithheld,
  findStepReceipt,
  insertStepEvents,
  insertStepReceipt,
  loadCustomerProfile,
  retryOnConnectionLoss,
  type Db,
  type NewStepEvent,
} from '@wayfarer/db';
import type { JourneyIR, Step } from '@wayfarer/journey';
import type { AnyRuntimeFacet, RuntimeContext, RuntimeRegistry, StepResult } from '@wayfarer/nodes/runtime';
import type { RunStepInput, RunStepResult, StepEventRecord } from '@wayfarer/workflows';
import { createExperimentServices } from './experiments/experiment-services';
import { createLoyaltyServices } from './loyalty-services';
import { createRuntimeServices } from './runtime-services';
import type { ProfileChanges } from './segment-step-facts';
import { permanentStepFailure } from './step-errors';
import type { SendServices } from './send/send-services';

export interface RunStepDeps {
  db: Db;
  runtimes: RuntimeRegistry;
  loadVersion: (versionId: string) => Promise<JourneyIR>;
  /** Marked when the step's node changes the customer's profile (tags, attributes, points). */
  changes?: ProfileChanges;
  /** Delivery on real channels (LINE, email, SMS, webhook); without it only the outbox works. */
  send?: SendServices;
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

function receiptResult(receipt: {
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

/**
 * A step that delivers something (a message, a reward) is not run for a customer held out of it
 * (the journey's holdout, the workspace's control group): they follow the node's withheld port and
 * the receipt says why. Nothing else is written, so they have no message and no ledger rows.
 */
async function withheldResult(trx: Db, deps: RunStepDeps, input: RunStepInput, step: Step): Promise<StepResult | null> {
  const whenWithheld = deps.runtimes.nodes.get(step.type)?.whenWithheld;
  if (whenWithheld === undefined) return null;
  const withheld = await enrollmentWithheld(trx, input.enrollmentId);
  if (withheld === null) return null;
  return { port: whenWithheld(step.config), output: { status: 'withheld', withheld } };
}

async function execute(
  trx: Db,
  deps: RunStepDeps,
  input: RunStepInput,
  step: Step,
  startedAt: Date,
): Promise<StepResult> {
  const facet = deps.runtimes.get(step.type);
  if (!facet)
    throw permanentStepFailure('missing_runtime', `No runtime facet for node type "${step.type}" (step ${step.id}).`);
  const result =
    (await withheldResult(trx, deps, input, step)) ?? (await runFacet(trx, deps, facet, input, step, startedAt));
  if (!(result.port in step.next)) {
    throw permanentStepFailure(
      'invalid_port',
      `Step ${step.id} (${step.type}) chose port "${result.port}", which it does not have.`,
    );
  }
  return result;
}

async function runFacet(
  trx: Db,
  deps: RunStepDeps,
  facet: AnyRuntimeFacet,
  input: RunStepInput,
  step: Step,
  startedAt: Date,
): Promise<StepResult> {
  const profile = await loadCustomerProfile(trx, input.customerId, startedAt);
  if (!profile) throw permanentStepFailure('unknown_customer', `Customer ${input.customerId} no longer exists.`);
  const context: RuntimeContext = {
    workspaceId: input.workspaceId,
    journeyId: input.journeyId,
    journeyVersionId: input.journeyVersionId,
    enrollmentId: input.enrollmentId,
    stepId: input.stepId,
    visit: input.visit,
    idempotencyKey: input.idempotencyKey,
    now: startedAt,
    // The profile carries the membership tier, badges and stored value tier that branches test.
    customer: profile,
    entryEvent: input.entryEvent,
    journeyEvents: input.journeyEvents,
    services: {
      ...createRuntimeServices(trx, { ...input }, deps.changes, deps.send),
      loyalty: createLoyaltyServices(trx, { ...input, now: startedAt, timezone: profile.timezone }, deps.changes),
      experiments: createExperimentServices(trx, { ...input, now: startedAt }),
    },
  };
  return facet.execute(step.config, context);
}

/** Records the step as entered (not left) and asks the workflow to run it again later. */
async function deferStep(trx: Db, input: RunStepInput, step: Step, result: StepResult, startedAt: Date) {
  const entered = { stepId: step.id, visit: input.visit, kind: 'entered' as const, at: startedAt.toISOString() };
  await insertStepEvents(trx, stepEventRows(input, [...input.trail, entered]));
  return { port: result.port, rerunAfterMs: result.rerunAfterMs };
}

/**
 * Runs one step visit exactly once: the node's writes, its analytics and its receipt commit in one
 * transaction, serialised per idempotency key; a retry after commit finds the receipt and returns it.
 * That makes the whole transaction safe to repeat: a lost connection repeats it here at once
 * rather than failing the activity attempt.
 */
export async function runStep(deps: RunStepDeps, input: RunStepInput): Promise<RunStepResult> {
  const ir = await deps.loadVersion(input.journeyVersionId);
  const step = ir.steps[input.stepId];
  if (!step)
    throw permanentStepFailure(
      'unknown_step',
      `Step ${input.stepId} is not in journey version ${input.journeyVersionId}.`,
    );
  const startedAt = input.now ? new Date(input.now) : new Date();
  return retryOnConnectionLoss(() => visitStep(deps, input, step, startedAt));
}

async function visitStep(deps: RunStepDeps, input: RunStepInput, step: Step, startedAt: Date): Promise<RunStepResult> {
  return deps.db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtextextended(${input.idempotencyKey}, 0))`.execute(trx);
    const receipt = await findStepReceipt(trx, input.idempotencyKey);
    if (receipt) return receiptResult(receipt);
    const result = await execute(trx, deps, input, step, startedAt);
    // Not done yet (a deferred send): no receipt, so the rerun after the pause executes again.
    if (result.rerunAfterMs !== undefined) return deferStep(trx, input, step, result, startedAt);
    const finishedAt = new Date(startedAt.getTime() + 1).toISOString();
    await insertStepEvents(
      trx,
      stepEventRows(input, [
        ...input.trail,
        { stepId: step.id, visit: input.visit, kind: 'entered', at: startedAt.toISOString() },
        { stepId: step.id, visit: input.visit, kind: 'left', port: result.port, at: finishedAt },
      ]),
    );
    const stored = { port: result.port, sleepMs: result.sleepMs ?? null, output: result.output ?? {} };
    await insertStepReceipt(trx, {
      idempotencyKey: input.idempotencyKey,
      enrollmentId: input.enrollmentId,
      stepId: step.id,
      visit: input.visit,
      ...stored,
    });
    return receiptResult(stored);
  });
}
