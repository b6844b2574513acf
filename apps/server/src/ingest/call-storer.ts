// Group commit for the ingest API: requests of one workspace that arrive while a store is in flight
// wait for it and are then stored together by one storeCalls (a handful of statements, one commit
// for the events), instead of each paying its own round trips and commits. An idle server stores
// a request at once; under load the groups grow with it (bench: ingest). Each request gets exactly
// the answers it would have got alone, in order; a messageId sent by two requests of one group is
// stored once, the later one answered as its repeat. The events stored go to this process's router
// in memory when it has room (EventHandoff), else it claims them.
import type { Db } from '@wayfarer/db';
import type { EventHandoff } from '@wayfarer/routing';
import { storeCalls, type ReceivedCall, type StoredCall } from './store-calls';

/** Calls stored by one statement group at most; a single larger request still goes alone. */
const MAX_GROUP_CALLS = 1_000;

interface WaitingRequest {
  calls: ReceivedCall[];
  resolve: (stored: StoredCall[]) => void;
  reject: (error: unknown) => void;
}

interface WorkspaceQueue {
  waiting: WaitingRequest[];
  storing: boolean;
}

export type CallStorer = (workspaceId: string, calls: ReceivedCall[]) => Promise<StoredCall[]>;

/** Takes requests off the front of the queue up to the group size (at least one). */
function takeGroup(queue: WorkspaceQueue): WaitingRequest[] {
  let size = 0;
  let count = 0;
  for (const request of queue.waiting) {
    if (count > 0 && size + request.calls.length > MAX_GROUP_CALLS) break;
    size += request.calls.length;
    count += 1;
  }
  return queue.waiting.splice(0, count);
}

/** storeCalls, its events leased to this process's router and handed to it when it takes them. */
async function storeAndHandOver(
  db: Db,
  handoff: EventHandoff | undefined,
  workspaceId: string,
  calls: ReceivedCall[],
): Promise<StoredCall[]> {
  const leaseMs = handoff?.reserve(calls.length);
  try {
    const { answers, inserted } = await storeCalls(db, workspaceId, calls, leaseMs);
    if (leaseMs === undefined) handoff?.stored();
    else handoff?.adopt(inserted, calls.length);
    return answers;
  } catch (error) {
    if (leaseMs === undefined) handoff?.stored();
    else handoff?.adopt([], calls.length);
    throw error;
  }
}

async function storeGroup(
  db: Db,
  handoff: EventHandoff | undefined,
  workspaceId: string,
  group: WaitingRequest[],
): Promise<void> {
  try {
    const stored = await storeAndHandOver(
      db,
      handoff,
      workspaceId,
      group.flatMap((request) => request.calls),
    );
    let next = 0;
    for (const request of group) {
      request.resolve(stored.slice(next, next + request.calls.length));
      next += request.calls.length;
    }
  } catch (error) {
    if (group.length === 1) {
      group[0]?.reject(error);
      return;
    }
    // One request's calls must not fail the others': each is stored on its own (what was stored
    // before the failure is found again by its messageId).
    await Promise.all(
      group.map((request) =>
        storeAndHandOver(db, handoff, workspaceId, request.calls).then(request.resolve, request.reject),
      ),
    );
  }
}

/** A storeCalls for concurrent requests: groups those of one workspace that wait for each other. */
export function groupingCallStorer(db: Db, handoff?: EventHandoff): CallStorer {
  const queues = new Map<string, WorkspaceQueue>();
  const drain = async (workspaceId: string, queue: WorkspaceQueue): Promise<void> => {
    queue.storing = true;
    while (queue.waiting.length > 0) await storeGroup(db, handoff, workspaceId, takeGroup(queue));
    queue.storing = false;
    queues.delete(workspaceId);
  };
  return (workspaceId, calls) =>
    new Promise<StoredCall[]>((resolve, reject) => {
      const queue = queues.get(workspaceId) ?? { waiting: [], storing: false };
      queues.set(workspaceId, queue);
      queue.waiting.push({ calls, resolve, reject });
      if (!queue.storing) void drain(workspaceId, queue);
    });
}
