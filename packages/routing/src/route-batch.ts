// Routes many customers' stored events together (segment entries and exits of a refreshed page):
// their running enrollments read in one query, their first entries decided in one statement
// (decide-first-entries.ts), each customer's events then routed in order with customers side by
// side, and the routed events marked in one statement. Instead of several statements per event,
// which held a 100k-customer segment refresh to ~130 events/s (bench: scale).
import { listRunningEnrollmentsOfCustomers, markEventsRouted, type Enrollment, type EventRow } from '@wayfarer/db';
import { decideFirstEntries } from './decide-first-entries';
import type { RoutingDeps } from './enter-journeys';
import { journeyKinds, routeInOrder } from './route-in-order';

/** Customers routed side by side within a batch. */
const CONCURRENCY = 16;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/**
 * Routes `events` (in the order given per customer) and marks those done routed. Safe to run again
 * after an interruption: an entry already recorded is found again as its own, a workflow already
 * started answers "already started", and workflows skip an event id they have seen. Throws the
 * first failure after marking the rest; the failed customer's events stay unrouted for the retry.
 */
export async function routeEventBatch(deps: RoutingDeps, events: readonly EventRow[]): Promise<void> {
  const byCustomer = groupBy(events, (event) => event.customerId);
  const firsts = [...byCustomer.values()].flatMap(
    (ofCustomer) => ofCustomer.find((event) => journeyKinds.has(event.kind)) ?? [],
  );
  const [running, decided] = await Promise.all([
    listRunningEnrollmentsOfCustomers(deps.db, [...byCustomer.keys()]),
    decideFirstEntries(deps, firsts),
  ]);
  const runningOf = groupBy(running, (enrollment: Enrollment) => enrollment.customerId);
  const queue = [...byCustomer];
  const routed: string[] = [];
  const failures: unknown[] = [];
  const options = {
    onError: (error: unknown) => failures.push(error),
    aroundEvent: (_: EventRow, route: () => Promise<void>) => route(),
  };
  const lane = async (): Promise<void> => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const [customerId, ofCustomer] = next;
      routed.push(...(await routeInOrder(deps, ofCustomer, runningOf.get(customerId) ?? [], options, decided)));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, lane));
  await markEventsRouted(deps.db, routed);
  if (failures.length > 0) throw failures[0];
}
