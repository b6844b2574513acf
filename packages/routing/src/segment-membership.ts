// Segment membership changes as facts: each entry or exit is stored as a `segment_entered` /
// `segment_exited` event (in the membership change's transaction) and then routed like a tracked
// event (one nothing would act on is stored routed: segment-listeners.ts), so journeys enter on it
// (core.trigger.segment) and exit on it (exitOn) with no new
// interpreter code.
import {
  type Db,
  type EventRow,
  listPendingSegmentFacts,
  listSegmentFactsAt,
  SEGMENT_ENTERED_EVENT,
  recordSegmentFacts,
  refreshCustomerMemberships,
  refreshSegmentPage,
  type SegmentMembershipChange,
} from '@wayfarer/db';
import type { RoutingDeps } from './enter-journeys';
import { routeEventBatch } from './route-batch';
import { customersListening } from './segment-listeners';

export { SEGMENT_ENTERED_EVENT, SEGMENT_EXITED_EVENT } from '@wayfarer/db';

/** Segment ids (per customer) or customer ids (per segment) whose membership changed. */
export interface MembershipDiff {
  entered: string[];
  left: string[];
}

/** Customers whose facts are routed as one batch (routeEventBatch); one customer's go in order. */
const BATCH_CUSTOMERS = 500;

/**
 * Routes the customers' unrouted segment facts: those just stored, and any a crash left behind.
 * Returns the facts it routed.
 */
export async function routePendingSegmentFacts(
  deps: RoutingDeps,
  workspaceId: string,
  customerIds: readonly string[],
): Promise<EventRow[]> {
  const routed: EventRow[] = [];
  for (let start = 0; start < customerIds.length; start += BATCH_CUSTOMERS) {
    const batch = customerIds.slice(start, start + BATCH_CUSTOMERS);
    const pending = await listPendingSegmentFacts(deps.db, workspaceId, batch);
    await routeEventBatch(deps, pending);
    routed.push(...pending);
  }
  return routed;
}

/**
 * The customers of one page who entered and left the segment: the page's own diff plus the facts
 * of this segment that a crashed attempt had stored (committed, not reported), which the redone
 * page no longer sees as changes: those routed now, and those stored at this refresh's clock.
 */
function pageChanges(page: MembershipDiff, facts: readonly Pick<EventRow, 'customerId' | 'name'>[]): MembershipDiff {
  const entered = new Set(page.entered);
  const left = new Set(page.left);
  for (const fact of facts) (fact.name === SEGMENT_ENTERED_EVENT ? entered : left).add(fact.customerId);
  return { entered: [...entered], left: [...left] };
}

/**
 * Re-evaluates the workspace's segments for one customer after their data changed, stores the
 * entries and exits as events and routes them. Safe to repeat: a second run finds no change and
 * routes only what a crash left unrouted.
 */
export async function refreshSegmentsForCustomer(
  deps: RoutingDeps,
  input: { workspaceId: string; customerId: string },
): Promise<MembershipDiff> {
  const now = deps.now?.() ?? new Date();
  const diff = await refreshCustomerMemberships(
    deps.db,
    input.workspaceId,
    input.customerId,
    now,
    async (trx, change) => {
      const fact = { workspaceId: change.workspaceId, customerId: change.customerId, at: change.now };
      await recordSegmentFacts(trx, [
        ...change.entered.map((segment) => ({
          ...fact,
          segmentId: segment.id,
          segmentName: segment.name,
          kind: 'entered' as const,
        })),
        ...change.left.map((segment) => ({
          ...fact,
          segmentId: segment.id,
          segmentName: segment.name,
          kind: 'exited' as const,
        })),
      ]);
    },
  );
  await routePendingSegmentFacts(deps, input.workspaceId, [input.customerId]);
  return diff;
}

/** Where a paged refresh of one segment stands; a retry resumes from it (an activity's heartbeat). */
export interface SegmentRefreshProgress {
  /** The evaluation time, the same for every page of one refresh (ISO). */
  now: string;
  /** The last customer id done; null before the first page. */
  after: string | null;
  entered: number;
  left: number;
}

/** One page done: its diff, and the progress after it. */
export type SegmentPageDone = (page: MembershipDiff, progress: SegmentRefreshProgress) => void;

/**
 * Stores a page's entries and exits as facts, those nothing listens to already routed; returns the
 * customers whose facts are left to route.
 */
async function storePageFacts(
  deps: RoutingDeps,
  trx: Db,
  change: SegmentMembershipChange,
): Promise<ReadonlySet<string>> {
  const { segment, entered, left } = change;
  // Read in the page's transaction: a second connection per page could wait on a pool its pages hold.
  const listening = await customersListening(
    { ...deps, db: trx },
    { workspaceId: segment.workspaceId, segment, entered, left },
  );
  const fact = { workspaceId: segment.workspaceId, segmentId: segment.id, segmentName: segment.name, at: change.now };
  const of = (customerId: string, kind: 'entered' | 'exited') => ({
    ...fact,
    customerId,
    kind,
    routed: !listening.has(customerId),
  });
  await recordSegmentFacts(trx, [
    ...entered.map((customerId) => of(customerId, 'entered')),
    ...left.map((customerId) => of(customerId, 'exited')),
  ]);
  return listening;
}

/**
 * Re-evaluates one segment for every customer of its workspace, a page of customers per
 * transaction, stores and routes each page's entries and exits before the next, and tells
 * `onPage` the progress. Given `resume`, carries on after its last customer with its clock and
 * counts. Facts a crash left unrouted (a page committed, not yet routed) are routed with the first
 * page it redoes.
 */
export async function refreshSegmentInPages(
  deps: RoutingDeps,
  segmentId: string,
  options: { resume?: SegmentRefreshProgress; pageSize?: number; onPage?: SegmentPageDone } = {},
): Promise<SegmentRefreshProgress> {
  const now = options.resume?.now ?? (deps.now?.() ?? new Date()).toISOString();
  let progress: SegmentRefreshProgress = options.resume ?? { now, after: null, entered: 0, left: 0 };
  let workspaceId: string | undefined;
  for (let first = true, done = false; !done; first = false) {
    let listening: ReadonlySet<string> = new Set();
    const page = await refreshSegmentPage(
      deps.db,
      segmentId,
      new Date(now),
      { after: progress.after, ...(options.pageSize === undefined ? {} : { limit: options.pageSize }) },
      async (trx, change) => {
        workspaceId = change.segment.workspaceId;
        listening = await storePageFacts(deps, trx, change);
      },
    );
    workspaceId ??= await segmentWorkspace(deps, segmentId);
    // The first page also routes what a crash left unrouted; later ones only what someone listens to.
    const routeFor = first ? page.customerIds : [...page.entered, ...page.left].filter((id) => listening.has(id));
    const routed = workspaceId === undefined ? [] : await routePendingSegmentFacts(deps, workspaceId, routeFor);
    const redone = first ? await listSegmentFactsAt(deps.db, segmentId, new Date(now), page.customerIds) : [];
    const ofSegment = routed.filter((fact) => fact.properties.segmentId === segmentId);
    const changes = pageChanges(page, [...ofSegment, ...redone]);
    progress = {
      now,
      after: page.last ?? progress.after,
      entered: progress.entered + changes.entered.length,
      left: progress.left + changes.left.length,
    };
    done = page.done;
    options.onPage?.(changes, progress);
  }
  return progress;
}

async function segmentWorkspace(deps: RoutingDeps, segmentId: string): Promise<string | undefined> {
  const row = await deps.db.selectFrom('segments').select('workspaceId').where('id', '=', segmentId).executeTakeFirst();
  return row?.workspaceId;
}

/**
 * Re-evaluates one segment for every customer of its workspace (after it was created or its rule
 * changed), stores and routes the entries and exits, and returns them.
 */
export async function refreshSegment(deps: RoutingDeps, segmentId: string): Promise<MembershipDiff> {
  const diff: MembershipDiff = { entered: [], left: [] };
  await refreshSegmentInPages(deps, segmentId, {
    onPage: (page) => {
      diff.entered.push(...page.entered);
      diff.left.push(...page.left);
    },
  });
  return diff;
}
