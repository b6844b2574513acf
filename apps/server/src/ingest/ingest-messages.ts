import { randomUUID } from 'node:crypto';
import {
  insertEvent,
  markEventRouted,
  resolveCustomer,
  upsertCustomer,
  workspaceHasActiveSegments,
  type EventRow,
} from '@wayfarer/db';
import { identitiesOf } from '../customers/customer-identities';
import { refreshSegmentsForCustomer, routeEvent, type RoutingDeps } from '@wayfarer/routing';
import { trackIdentities, type IdentifyMessage, type TrackMessage } from './ingest.schemas';

/** The answer for one message: the stored event, and whether it had been received before. */
export interface IngestResult {
  eventId: string;
  duplicate: boolean;
}

// Segment always sends a messageId; without one a retried request cannot be recognised, so each
// delivery is stored (and routed) as a new event. Documented in apps/server/README.md.
function messageIdOf(message: { messageId?: string | undefined }): string {
  return message.messageId ?? randomUUID();
}

/**
 * Re-evaluates the customer's segments after their data changed. Skipped (with the routing of
 * facts a crash left unrouted) while the workspace has no active segment: two queries per event
 * saved; the answer is cached per process, see workspaceHasActiveSegments.
 */
async function refreshSegments(deps: RoutingDeps, workspaceId: string, customerId: string): Promise<void> {
  if (await workspaceHasActiveSegments(deps.db, workspaceId)) {
    await refreshSegmentsForCustomer(deps, { workspaceId, customerId });
  }
}

function resultOf(stored: { event: EventRow; duplicate: boolean }): IngestResult {
  return { eventId: stored.event.id, duplicate: stored.duplicate };
}

/**
 * Stores an identify and merges its traits into the profile. The customer is the one known by any
 * identity the message names (userId first); profiles claimed by one identify are merged into it. Time zone and locale come from
 * traits first (the profile's own setting), else from the device context. Identify starts no
 * journey yet; `routedAt` marks the traits as applied, so a retry after a crash applies them.
 */
export async function ingestIdentify(
  deps: RoutingDeps,
  workspaceId: string,
  message: IdentifyMessage,
  now: Date,
): Promise<IngestResult> {
  const { customer } = await resolveCustomer(deps.db, workspaceId, identitiesOf(message));
  const { timezone, locale, ...traits } = message.traits ?? {};
  const stored = await insertEvent(deps.db, {
    workspaceId,
    customerId: customer.id,
    messageId: messageIdOf(message),
    kind: 'identify',
    name: 'identify',
    properties: message.traits ?? {},
    timestamp: message.timestamp ?? now,
  });
  if (stored.event.routedAt === null) {
    await upsertCustomer(deps.db, {
      workspaceId,
      externalId: customer.externalId,
      traits,
      timezone: timezone ?? message.context?.timezone,
      locale: locale ?? message.context?.locale,
    });
    await markEventRouted(deps.db, stored.event.id);
  }
  // Also on a repeat: the diff is idempotent, and a crash may have come before it.
  await refreshSegments(deps, workspaceId, customer.id);
  return resultOf(stored);
}

/** Stores a track once per messageId and routes it to journeys, unless that was done already. */
export async function ingestTrack(
  deps: RoutingDeps,
  workspaceId: string,
  message: TrackMessage,
  now: Date,
): Promise<IngestResult> {
  const { customer } = await resolveCustomer(deps.db, workspaceId, identitiesOf(trackIdentities(message)));
  const stored = await insertEvent(deps.db, {
    workspaceId,
    customerId: customer.id,
    messageId: messageIdOf(message),
    kind: 'track',
    name: message.event,
    properties: message.properties ?? {},
    timestamp: message.timestamp ?? now,
  });
  if (stored.event.routedAt === null) await routeEvent(deps, stored.event);
  await refreshSegments(deps, workspaceId, customer.id);
  return resultOf(stored);
}
