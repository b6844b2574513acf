import { enrollmentWithheld, type Db } from '@wayfarer/db';
import type { StepResult } from '@wayfarer/nodes/runtime';
import type { StepVisit } from './step-visit';

/**
 * A step that delivers something (a message, a reward) is not run for a customer held out of it
 * (the journey's holdout, the workspace's control group): they follow the node's withheld port and
 * the receipt says why. Nothing else is written, so they have no message and no ledger rows.
 */
export async function withheldResult(db: Db, { deps, input, step }: StepVisit): Promise<StepResult | null> {
  const whenWithheld = deps.runtimes.nodes.get(step.type)?.whenWithheld;
  if (whenWithheld === undefined) return null;
  const withheld = await enrollmentWithheld(db, input.enrollmentId);
  if (withheld === null) return null;
  return { port: whenWithheld(step.config), output: { status: 'withheld', withheld } };
}
