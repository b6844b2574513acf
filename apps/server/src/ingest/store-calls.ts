import {
  findEventIdsByMessageId,
  findIdentityOwners,
  insertQueuedEvents,
  resolveCustomers,
  updateProfiles,
  type Db,
  type EventRow,
} from '@wayfarer/db';
import type { SegmentCall } from './ingest.schemas';
import { planCall, type PlannedCall } from './segment-calls';

/** The answer for one call: the stored event, and whether it had been received before. */
export interface StoredCall {
  eventId: string;
  duplicate: boolean;
}

/** A call as the API received it: when, and under which trace (its request's ingest span). */
export interface ReceivedCall {
  call: SegmentCall;
  receivedAt: Date;
  traceParent: string | null;
}

/** What a store did: each call's answer, and the events it inserted (to route). */
export interface StoreResult {
  answers: StoredCall[];
  inserted: EventRow[];
}

/**
 * Stores calls in a handful of statements whatever their number: repeats of a stored messageId are
 * answered from the stored event before anyone is resolved (so a repeat never creates a profile),
 * customers are resolved in order (resolveCustomers), then the events and the profile writes of
 * identify and group commit together in one multi-row insert and one update. Journeys are not
 * touched here: the router routes the stored events (see @wayfarer/routing); with `leaseMs` the
 * events are stored claimed by this process's router, which is handed `inserted`.
 */
export async function storeCalls(
  db: Db,
  workspaceId: string,
  calls: readonly ReceivedCall[],
  leaseMs?: number,
): Promise<StoreResult> {
  const plans = calls.map(({ call, receivedAt, traceParent }) => ({ ...planCall(call, receivedAt), traceParent }));
  // Both reads at once: who the calls name (read-only) and which of them were stored before.
  const [known, owners] = await Promise.all([
    findEventIdsByMessageId(db, workspaceId, [...new Set(plans.map((plan) => plan.messageId))]),
    findIdentityOwners(
      db,
      workspaceId,
      plans.flatMap((plan) => plan.identities),
    ),
  ]);
  // The first of a messageId sent twice in one batch is stored; the second is its repeat.
  const fresh = new Map<string, PlannedCall & { traceParent: string | null }>();
  for (const plan of plans)
    if (!known.has(plan.messageId) && !fresh.has(plan.messageId)) fresh.set(plan.messageId, plan);
  const toStore = [...fresh.values()];
  const customerIds = await resolveCustomers(
    db,
    workspaceId,
    toStore.map((plan) => plan.identities),
    owners,
  );
  const resolved = toStore.map((plan, index) => {
    const customerId = customerIds[index];
    if (customerId === undefined) throw new Error(`No customer was resolved for ${plan.messageId}.`);
    return { plan, customerId };
  });
  const events = resolved.map(({ plan, customerId }) => ({
    workspaceId,
    customerId,
    messageId: plan.messageId,
    ...plan.event,
    traceParent: plan.traceParent,
  }));
  // One statement is atomic by itself; identify and group commit their profile writes with it.
  const stored = !resolved.some(({ plan }) => plan.profile)
    ? await insertQueuedEvents(db, events, { leaseMs })
    : await db.transaction().execute(async (trx) => {
        const inserted = await insertQueuedEvents(trx, events, { leaseMs });
        await updateProfiles(
          trx,
          resolved.flatMap(({ plan, customerId }) =>
            plan.profile && inserted.has(plan.messageId) ? [{ ...plan.profile, customerId }] : [],
          ),
        );
        return inserted;
      });
  // A messageId stored by a concurrent request between the first read and the insert.
  const raced = toStore.filter((plan) => !stored.has(plan.messageId)).map((plan) => plan.messageId);
  const repeats = new Map([...known, ...(await findEventIdsByMessageId(db, workspaceId, raced))]);
  const answered = new Set<string>();
  const answers = plans.map((plan) => {
    const eventId = stored.get(plan.messageId)?.id;
    if (eventId !== undefined && !answered.has(plan.messageId)) {
      answered.add(plan.messageId);
      return { eventId, duplicate: false };
    }
    const earlier = eventId ?? repeats.get(plan.messageId);
    if (earlier === undefined) throw new Error(`Event ${plan.messageId} was neither stored nor found.`);
    return { eventId: earlier, duplicate: true };
  });
  const inserted = [...stored.values()].sort((a, b) => Number(a.routeSeq) - Number(b.routeSeq));
  return { answers, inserted };
}
