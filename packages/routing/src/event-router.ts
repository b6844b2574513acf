// Routes what the ingest API stored, after it answered: claims due events in the order they were
// received (claimDueEvents: FOR UPDATE SKIP LOCKED under a lease, so the router loops of several
// server processes share the work and the events of one that died are taken over when its lease
// ends), routes each customer's events in order, customers side by side, re-evaluates their
// segments, and marks the batch routed.
import {
  claimDueEvents,
  listRunningEnrollmentsOfCustomers,
  markEventsRouted,
  workspaceHasActiveSegments,
  type Enrollment,
  type EventKind,
  type EventRow,
} from '@wayfarer/db';
import { findEventEntryStep, toJourneyEvent } from './entry';
import { enterLiveJourneys, type RoutingDeps } from './enter-journeys';
import { refreshSegmentsForCustomer } from './segment-membership';
import { signalWhereUsed } from './signal-enrollments';

export interface EventRouterOptions {
  /** Events claimed at once (default 200). */
  batchSize?: number;
  /** Customers routed side by side (default 32). */
  concurrency?: number;
  /** How long a claim holds its events before another router may take them (default 60 s). */
  leaseMs?: number;
  /** How often an idle router looks for events another process stored (default 250 ms). */
  idleMs?: number;
  /** Told of a failure (and the event, when one failed); the event is tried again when its lease ends. */
  onError?: (error: unknown, event?: EventRow) => void;
  /** Wraps routing one event (tracing: a span under the request that stored it). */
  aroundEvent?: (event: EventRow, route: () => Promise<void>) => Promise<void>;
}

export interface EventRouter {
  /** Looks for due events now (the ingest API calls it after storing some). */
  wake(): void;
  /** Finishes the batch in hand and stops. */
  stop(): Promise<void>;
}

/** Calls that start and signal journeys; identify, group and alias change the profile only. */
const journeyKinds: ReadonlySet<EventKind> = new Set(['track', 'page', 'screen']);

/**
 * Routes one event of a customer's chain (as routeStoredEvent does for a single event): enters the
 * journeys it triggers, then signals it to the customer's running enrollments that can use it —
 * those running before the batch and those entered by this customer's earlier events in it, never
 * one entered by this event or a later one.
 */
async function routeInChain(deps: RoutingDeps, event: EventRow, later: Set<string>, running: Enrollment[]) {
  const journeyEvent = toJourneyEvent(event);
  const entries = await enterLiveJourneys(deps, {
    workspaceId: event.workspaceId,
    customerId: event.customerId,
    entryKey: event.id,
    entryEvent: journeyEvent,
    findEntryStep: (ir) => findEventEntryStep(ir, journeyEvent),
  });
  const others = running.filter(
    (enrollment) => enrollment.entryEventId !== event.id && !later.has(enrollment.entryEventId ?? ''),
  );
  await signalWhereUsed(deps, others, journeyEvent);
  for (const entry of entries) {
    if (entry.status !== 'started') continue;
    const { enrollment } = entry;
    if (!running.some((known) => known.id === enrollment.id)) running.push(enrollment);
  }
}

/**
 * One customer's events, in order, then their segments once. `running` is the customer's running
 * enrollments read for the whole batch. Returns the ids done; after a failure the failed event and
 * those after it wait for their lease to end.
 */
async function routeCustomer(
  deps: RoutingDeps,
  events: EventRow[],
  running: Enrollment[],
  options: Required<EventRouterOptions>,
): Promise<string[]> {
  const report = options.onError;
  const routed: string[] = [];
  for (const [index, event] of events.entries()) {
    try {
      if (journeyKinds.has(event.kind)) {
        const later = new Set(events.slice(index + 1).map((next) => next.id));
        await options.aroundEvent(event, () => routeInChain(deps, event, later, running));
      }
      routed.push(event.id);
    } catch (error) {
      report(error, event);
      return routed;
    }
  }
  const [first] = events;
  try {
    if (first !== undefined && (await workspaceHasActiveSegments(deps.db, first.workspaceId))) {
      await refreshSegmentsForCustomer(deps, { workspaceId: first.workspaceId, customerId: first.customerId });
    }
    return routed;
  } catch (error) {
    // Routing them again is harmless (entries and signals are idempotent); losing the refresh is not.
    report(error, first);
    return [];
  }
}

/** Routes claimed events: customers side by side (at most `concurrency`), each in order. */
async function routeClaimed(deps: RoutingDeps, claimed: EventRow[], options: Required<EventRouterOptions>) {
  const byCustomer = new Map<string, EventRow[]>();
  for (const event of claimed) byCustomer.set(event.customerId, [...(byCustomer.get(event.customerId) ?? []), event]);
  const queue = [...byCustomer.values()];
  // One read of every customer's running enrollments for the batch, instead of one per event.
  const running = new Map<string, Enrollment[]>();
  for (const enrollment of await listRunningEnrollmentsOfCustomers(deps.db, [...byCustomer.keys()])) {
    running.set(enrollment.customerId, [...(running.get(enrollment.customerId) ?? []), enrollment]);
  }
  const routed: string[] = [];
  const lane = async (): Promise<void> => {
    for (let events = queue.shift(); events !== undefined; events = queue.shift()) {
      const customerId = events[0]?.customerId ?? '';
      routed.push(...(await routeCustomer(deps, events, running.get(customerId) ?? [], options)));
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, queue.length) }, lane));
  await markEventsRouted(deps.db, routed);
}

/** Starts the router loop of this process. */
export function startEventRouter(deps: RoutingDeps, options: EventRouterOptions = {}): EventRouter {
  const settings: Required<EventRouterOptions> = {
    batchSize: options.batchSize ?? 200,
    concurrency: options.concurrency ?? 32,
    leaseMs: options.leaseMs ?? 60_000,
    idleMs: options.idleMs ?? 250,
    onError: options.onError ?? (() => undefined),
    aroundEvent: options.aroundEvent ?? ((_event, route) => route()),
  };
  let running = true;
  let woken = false;
  let nudge: (() => void) | undefined;
  const rest = () =>
    new Promise<void>((resolve) => {
      if (woken || !running) return resolve();
      const timer = setTimeout(() => resolve(), settings.idleMs);
      nudge = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const loop = async (): Promise<void> => {
    while (running) {
      woken = false;
      let claimed: EventRow[] = [];
      try {
        claimed = await claimDueEvents(deps.db, { limit: settings.batchSize, leaseMs: settings.leaseMs });
        if (claimed.length > 0) await routeClaimed(deps, claimed, settings);
      } catch (error) {
        settings.onError(error);
      }
      if (claimed.length < settings.batchSize) await rest();
      nudge = undefined;
    }
  };
  const done = loop();
  return {
    wake() {
      woken = true;
      nudge?.();
    },
    async stop() {
      running = false;
      nudge?.();
      await done;
    },
  };
}
