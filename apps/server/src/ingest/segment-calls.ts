// What each of Segment's calls becomes here (see README "Ingestion API"): every call is stored as
// an event; identify and group also write the profile, alias joins two identities.
import { randomUUID } from 'node:crypto';
import type { EventKind, IdentityInput, ProfileUpdate } from '@wayfarer/db';
import { messageIdentities, type SegmentCall } from './ingest.schemas';

/** Event names of Segment's page and screen calls, which journeys can trigger on. */
export const PAGE_VIEWED_EVENT = 'page_viewed';
export const SCREEN_VIEWED_EVENT = 'screen_viewed';

/** One call, ready to store: whom it names, the event row, and what it writes on the profile. */
export interface PlannedCall {
  messageId: string;
  identities: IdentityInput[];
  event: { kind: EventKind; name: string; properties: Record<string, unknown>; timestamp: Date };
  profile?: Omit<ProfileUpdate, 'customerId'>;
}

// Segment always sends a messageId; without one a retried request cannot be recognised, so each
// delivery is stored (and routed) as a new event. Documented in apps/server/README.md.
function messageIdOf(call: SegmentCall): string {
  return call.messageId ?? randomUUID();
}

/** Drops keys whose value is undefined (a page without a category has no `category`). */
function defined(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}

type EventOfCall = Omit<PlannedCall['event'], 'timestamp'> & { profile?: PlannedCall['profile'] };

function eventOf(call: SegmentCall): EventOfCall {
  switch (call.type) {
    case 'identify': {
      const { timezone, locale, ...traits } = call.traits ?? {};
      const profile = { traits, timezone: timezone ?? call.context?.timezone, locale: locale ?? call.context?.locale };
      return { kind: 'identify', name: 'identify', properties: call.traits ?? {}, profile };
    }
    case 'track':
      return { kind: 'track', name: call.event, properties: call.properties ?? {} };
    case 'page':
    case 'screen': {
      const name = call.type === 'page' ? PAGE_VIEWED_EVENT : SCREEN_VIEWED_EVENT;
      const properties = { ...call.properties, ...defined({ name: call.name, category: call.category }) };
      return { kind: call.type, name, properties };
    }
    case 'group': {
      // Segment's group traits describe the group (a company, a household): kept under `group`.
      const group = { id: call.groupId, ...call.traits };
      const properties = { groupId: call.groupId, traits: call.traits ?? {} };
      return { kind: 'group', name: 'group', properties, profile: { traits: { group } } };
    }
    case 'alias':
      return { kind: 'alias', name: 'alias', properties: { previousId: call.previousId } };
    default: {
      const unreachable: never = call;
      return unreachable;
    }
  }
}

/**
 * Whom the call names. An alias names the new userId and the previous id in both of its possible
 * roles (a device's anonymousId, an earlier userId): whichever profiles they name merge into the
 * userId's, and the previous id stays an identity of it.
 */
function identitiesOf(call: SegmentCall): IdentityInput[] {
  if (call.type !== 'alias') return messageIdentities(call);
  return [
    { kind: 'user_id', value: call.userId },
    { kind: 'user_id', value: call.previousId },
    { kind: 'anonymous_id', value: call.previousId },
  ];
}

/** The stored form of a call received at `now` (its own timestamp kept when it has one). */
export function planCall(call: SegmentCall, now: Date): PlannedCall {
  const { profile, ...event } = eventOf(call);
  return {
    messageId: messageIdOf(call),
    identities: identitiesOf(call),
    event: { ...event, timestamp: call.timestamp ?? now },
    ...(profile ? { profile } : {}),
  };
}
