// The first phase of a two-phase step: the node's external call, made with no database connection
// held. Before it: a short locked transaction that checks for a receipt, reads the customer and
// records the call as `calling`. After it: the result stored on its own, so a crash before the
// commit reuses it instead of calling again. See docs/writing-a-node-type.md for the guarantees.
import {
  findStepCall,
  findStepReceipt,
  markStepCallFailed,
  recordStepCallResult,
  retryOnConnectionLoss,
  startStepCall,
} from '@wayfarer/db';
import { runCall, StepFailure, type CallOutcome, type CustomerSnapshot } from '@wayfarer/nodes/runtime';
import type { RunStepResult } from '@wayfarer/workflows';
import { lockStepVisit } from './step-lock';
import { withheldResult } from './step-withheld';
import { receiptResult, stepCustomer, stepInfo, type StepVisit } from './step-visit';

/** Where the call stands before it is made. */
export type PreparedCall =
  | { kind: 'receipt'; result: RunStepResult }
  | { kind: 'known'; called: CallOutcome<unknown>; customer: CustomerSnapshot }
  | { kind: 'call'; customer: CustomerSnapshot }
  | { kind: 'withheld' };

/** Phase 1a, in one short transaction under the visit's lock. */
export function prepareCall(visit: StepVisit): Promise<PreparedCall> {
  const { deps, input, step, facet } = visit;
  const key = input.idempotencyKey;
  return retryOnConnectionLoss(() =>
    deps.db.transaction().execute(async (trx): Promise<PreparedCall> => {
      await lockStepVisit(trx, key);
      const receipt = await findStepReceipt(trx, key);
      if (receipt) return { kind: 'receipt', result: receiptResult(receipt) };
      if ((await withheldResult(trx, visit)) !== null) return { kind: 'withheld' };
      const customer = await stepCustomer(trx, visit);
      const earlier = await findStepCall(trx, key);
      if (earlier?.status === 'returned')
        return { kind: 'known', called: { status: 'returned', value: earlier.result }, customer };
      // An attempt went out and never came back: it may have been applied, so it is not repeated.
      if (earlier?.status === 'calling' && facet.call?.guarantee === 'at-most-once')
        return { kind: 'known', called: { status: 'interrupted' }, customer };
      await startStepCall(trx, {
        idempotencyKey: key,
        enrollmentId: input.enrollmentId,
        stepId: step.id,
        nodeType: step.type,
      });
      return { kind: 'call', customer };
    }),
  );
}

/** Phase 1b: the call itself (no connection held), then its result stored on its own. */
export async function callOutside(visit: StepVisit, customer: CustomerSnapshot): Promise<CallOutcome<unknown>> {
  const { deps, input, step, facet } = visit;
  const key = input.idempotencyKey;
  let called: CallOutcome<unknown>;
  try {
    called = await runCall(facet, step.config, stepInfo(visit, customer), deps.services, {
      trx: undefined,
      changes: visit.changes,
    });
  } catch (error) {
    // The node knows the call was refused: a retry may call again, whatever the guarantee.
    if (error instanceof StepFailure) await retryOnConnectionLoss(() => markStepCallFailed(deps.db, key));
    throw error;
  }
  if (called.status === 'returned') await retryOnConnectionLoss(() => recordStepCallResult(deps.db, key, called.value));
  return called;
}
