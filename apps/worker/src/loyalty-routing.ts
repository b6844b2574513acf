// Routes the loyalty events a committed step stored (tier_changed, streak_reached, coupon_issued…)
// to live journeys and running enrollments, as ingest routes a tracked event. Safe to repeat:
// routing skips entries and signals it already made, and a routed event is marked so.
import { Context } from '@temporalio/activity';
import type { Db } from '@wayfarer/db';
import { routeEvent, type RoutingDeps } from '@wayfarer/routing';
import type { RunStepInput } from '@wayfarer/workflows';
import type { ProfileChanges } from './segment-step-facts';

/** The message-id prefix of the events a step visit's loyalty calls store (see loyalty-services.ts). */
export function loyaltyEventPrefix(idempotencyKey: string): string {
  return `loyalty:${idempotencyKey}:`;
}

function isRetry(): boolean {
  try {
    return Context.current().info.attempt > 1;
  } catch {
    return false; // called outside an activity
  }
}

function unroutedLoyaltyEvents(db: Db, input: RunStepInput) {
  const prefix = loyaltyEventPrefix(input.idempotencyKey).replace(/[\\%_]/g, (char) => `\\${char}`);
  return db
    .selectFrom('events')
    .select(['id', 'workspaceId', 'customerId', 'name', 'properties', 'timestamp'])
    .where('workspaceId', '=', input.workspaceId)
    .where('customerId', '=', input.customerId)
    .where('routedAt', 'is', null)
    .where('messageId', 'like', `${prefix}%`)
    .orderBy('receivedAt')
    .execute();
}

/**
 * After the step committed: routes its loyalty events. Loyalty events mark the profile changed, so a
 * first attempt without changes has none; a retry looks anyway (the commit may be an earlier attempt's).
 */
export async function routeLoyaltyEvents(deps: RoutingDeps, input: RunStepInput, changes: ProfileChanges) {
  if (!changes.profileChanged && !isRetry()) return;
  for (const event of await unroutedLoyaltyEvents(deps.db, input)) await routeEvent(deps, event);
}
