// Routes the events a committed step stored (a node's own events, loyalty facts such as
// tier_changed or coupon_issued) to live journeys and running enrollments, as ingest routes a
// tracked event. Safe to repeat: routing skips entries and signals it already made, and a routed
// event is marked so.
import { Context } from '@temporalio/activity';
import type { Db } from '@wayfarer/db';
import { routeEvent, type RoutingDeps } from '@wayfarer/routing';
import type { RunStepInput } from '@wayfarer/workflows';
import type { ProfileChanges } from './segment-step-facts';

/** The message-id prefix of the events a step visit stores (see step-services/events.provider.ts). */
export function stepEventPrefix(idempotencyKey: string): string {
  return `step:${idempotencyKey}:`;
}

// Workers before the events service stored loyalty facts under this prefix; a step they committed
// may still be routed by a retry here.
const earlierPrefix = (idempotencyKey: string): string => `loyalty:${idempotencyKey}:`;

function isRetry(): boolean {
  try {
    return Context.current().info.attempt > 1;
  } catch {
    return false; // called outside an activity
  }
}

const likePrefix = (prefix: string): string => `${prefix.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

function unroutedStepEvents(db: Db, input: RunStepInput) {
  return db
    .selectFrom('events')
    .select(['id', 'workspaceId', 'customerId', 'name', 'properties', 'timestamp'])
    .where('workspaceId', '=', input.workspaceId)
    .where('customerId', '=', input.customerId)
    .where('routedAt', 'is', null)
    .where((eb) =>
      eb.or([
        eb('messageId', 'like', likePrefix(stepEventPrefix(input.idempotencyKey))),
        eb('messageId', 'like', likePrefix(earlierPrefix(input.idempotencyKey))),
      ]),
    )
    .orderBy('receivedAt')
    .execute();
}

/**
 * After the step committed: routes the events it stored. Storing an event marks the profile
 * changed, so a first attempt without changes has none; a retry looks anyway (the commit may be an
 * earlier attempt's).
 */
export async function routeStepEvents(deps: RoutingDeps, input: RunStepInput, changes: ProfileChanges) {
  if (!changes.profileChanged && !isRetry()) return;
  for (const event of await unroutedStepEvents(deps.db, input)) await routeEvent(deps, event);
}
