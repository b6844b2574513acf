// What a journey step's profile changes cause after they commit: a tag it added starts the "tag
// added" journeys, and the customer's segments are re-evaluated (entries and exits routed). Both
// are idempotent, so a retried activity simply does them again.
import { Context } from '@temporalio/activity';
import { listTagsAddedInStep } from '@wayfarer/db';
import { refreshSegmentsForCustomer, routeTagAdded, type RoutingDeps } from '@wayfarer/routing';
import type { RunStepInput } from '@wayfarer/workflows';

/** Filled in by the step's runtime services when the node changed the customer's profile. */
export interface ProfileChanges {
  profileChanged: boolean;
}

function attempt(): number {
  try {
    return Context.current().info.attempt;
  } catch {
    // Called outside an activity (tests that call the activity functions directly).
    return 1;
  }
}

/**
 * Routes the facts of a committed step. On a first attempt only when the node changed the profile;
 * on a retry always, since the step may have committed in an attempt that died before routing
 * (its receipt then answers, and `changes` stays empty). Tags are those the step's transaction
 * added; their entry key is the step visit's, so a repeat finds the same entries.
 */
export async function routeStepFacts(deps: RoutingDeps, input: RunStepInput, changes: ProfileChanges): Promise<void> {
  if (!changes.profileChanged && attempt() === 1) return;
  const tags = await listTagsAddedInStep(deps.db, {
    customerId: input.customerId,
    source: `journey:${input.journeyId}:${input.stepId}`,
    idempotencyKey: input.idempotencyKey,
  });
  for (const tag of tags) {
    await routeTagAdded(deps, {
      workspaceId: input.workspaceId,
      customerId: input.customerId,
      tag,
      entryKey: `${input.idempotencyKey}:${tag}`,
    });
  }
  await refreshSegmentsForCustomer(deps, { workspaceId: input.workspaceId, customerId: input.customerId });
}
