import {
  deleteStepCall,
  findStepReceipt,
  insertStepEvents,
  insertStepReceipt,
  retryOnConnectionLoss,
  type Db,
} from '@wayfarer/db';
import { runCommit, type CallOutcome, type CustomerSnapshot, type StepResult } from '@wayfarer/nodes/runtime';
import { installedStepConfig } from '@wayfarer/journey';
import type { RunStepInput, RunStepResult } from '@wayfarer/workflows';
import { callOutside, prepareCall } from './external-call';
import { activityFailureOf, permanentStepFailure } from './step-errors';
import { lockStepVisit } from './step-lock';
import { receiptResult, stepCustomer, stepEventRows, stepInfo, type RunStepDeps, type StepVisit } from './step-visit';
import { withheldResult } from './step-withheld';

export { stepEventRows, type EnrollmentScope, type RunStepDeps } from './step-visit';

/** The external call's outcome and the customer it was made for (two-phase steps). */
interface Called {
  called: CallOutcome<unknown>;
  customer: CustomerSnapshot;
}

/**
 * Runs one step visit exactly once: the node's writes, its analytics and its receipt commit in one
 * transaction, serialised per idempotency key; a retry after commit finds the receipt and returns
 * it. A node with an external call makes it first, outside any transaction (external-call.ts).
 * Every transaction is safe to repeat, so a lost connection repeats it at once rather than failing
 * the activity attempt.
 */
export async function runStep(deps: RunStepDeps, input: RunStepInput): Promise<RunStepResult> {
  const ir = await deps.loadVersion(input.journeyVersionId);
  const step = Object.hasOwn(ir.steps, input.stepId) ? ir.steps[input.stepId] : undefined;
  if (!step)
    throw permanentStepFailure(
      'unknown_step',
      `Step ${input.stepId} is not in journey version ${input.journeyVersionId}.`,
    );
  const facet = deps.runtimes.get(step.type);
  const spec = deps.runtimes.nodes.get(step.type);
  if (!facet || !spec)
    throw permanentStepFailure('missing_runtime', `No runtime facet for node type "${step.type}" (step ${step.id}).`);
  // A customer inside a version published before this worker's node type was upgraded.
  const installed = installedStepConfig(step, spec);
  if (!installed.ok) throw permanentStepFailure('config_not_migratable', installed.message);
  const startedAt = input.now ? new Date(input.now) : new Date();
  const visit: StepVisit = {
    deps,
    input,
    step: { ...step, config: installed.config },
    facet,
    startedAt,
    changes: deps.changes ?? { profileChanged: false },
  };
  try {
    if (!facet.call) return await retryOnConnectionLoss(() => commitStep(visit, undefined));
    const prepared = await prepareCall(visit);
    if (prepared.kind === 'receipt') return prepared.result;
    // A held-out customer is not called for: the commit takes the node's withheld port.
    if (prepared.kind === 'withheld') return await retryOnConnectionLoss(() => commitStep(visit, undefined));
    const called = prepared.kind === 'known' ? prepared.called : await callOutside(visit, prepared.customer);
    return await retryOnConnectionLoss(() => commitStep(visit, { called, customer: prepared.customer }));
  } catch (error) {
    throw activityFailureOf(error);
  }
}

/** The commit phase: `execute` and everything it writes, the step events and the receipt. */
function commitStep(visit: StepVisit, external: Called | undefined): Promise<RunStepResult> {
  const { deps, input } = visit;
  return deps.db.transaction().execute(async (trx) => {
    await lockStepVisit(trx, input.idempotencyKey);
    const receipt = await findStepReceipt(trx, input.idempotencyKey);
    if (receipt) return receiptResult(receipt);
    const result = (await withheldResult(trx, visit)) ?? (await execute(trx, visit, external));
    if (!Object.hasOwn(visit.step.next, result.port)) {
      throw permanentStepFailure(
        'invalid_port',
        `Step ${visit.step.id} (${visit.step.type}) chose port "${result.port}", which it does not have.`,
      );
    }
    if (external) await deleteStepCall(trx, input.idempotencyKey);
    // Not done yet (a deferred send): no receipt, so the rerun after the pause executes again.
    if (result.rerunAfterMs !== undefined) return deferStep(trx, visit, result);
    return finishStep(trx, visit, result);
  });
}

async function execute(trx: Db, visit: StepVisit, external: Called | undefined): Promise<StepResult> {
  const { step, facet, deps } = visit;
  const customer = external?.customer ?? (await stepCustomer(trx, visit));
  const host = { trx, changes: visit.changes };
  return runCommit(facet, step.config, stepInfo(visit, customer), deps.services, host, external?.called);
}

/** Records the step as entered (not left) and asks the workflow to run it again later. */
async function deferStep(trx: Db, { input, step, startedAt }: StepVisit, result: StepResult): Promise<RunStepResult> {
  const entered = { stepId: step.id, visit: input.visit, kind: 'entered' as const, at: startedAt.toISOString() };
  await insertStepEvents(trx, stepEventRows(input, [...input.trail, entered]));
  return { port: result.port, rerunAfterMs: result.rerunAfterMs };
}

/** The step's analytics and its receipt, which answers every later attempt. */
async function finishStep(trx: Db, { input, step, startedAt }: StepVisit, result: StepResult): Promise<RunStepResult> {
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
}
