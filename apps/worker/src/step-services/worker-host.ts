import type { Db } from '@wayfarer/db';
import { StepFailure } from '@wayfarer/nodes/runtime';
import type { ProfileChanges } from '../segment-step-facts';

/** What the worker hands every service provider for one step visit. */
export interface WorkerStepHost {
  /** The step's transaction (commit phase); absent in the call phase, which holds no connection. */
  trx: Db | undefined;
  /** Marked when the step changes the customer's profile or stores events, for routing after commit. */
  changes: ProfileChanges;
}

/** The step's transaction; a transactional service outside it is a wiring mistake. */
export function stepTransaction(host: WorkerStepHost, service: string): Db {
  if (host.trx === undefined) {
    throw new StepFailure('service_phase', `Service "${service}" writes with the step and has no transaction here.`, {
      retryable: false,
    });
  }
  return host.trx;
}

/** Records that the step changed what routing reacts to (tags, segments, events). */
export function markChanged(host: WorkerStepHost): void {
  host.changes.profileChanged = true;
}
