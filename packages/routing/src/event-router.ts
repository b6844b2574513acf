// Routes what the ingest API stored, after it answered: claims due events in the order they were
// received (claimDueEvents: FOR UPDATE SKIP LOCKED under a lease, so the router loops of several
// server processes share the work and the events of one that died are taken over when its lease
// ends), routes each customer's events in order, customers side by side, re-evaluates their
// segments, and marks the batch routed.
import {
  claimDueEvents,
  markEventsRouted,
  workspaceHasActiveSegments,
  type EventKind,
  type EventRow,
} from '@wayfarer/db';
import type { RoutingDeps } from './enter-journeys';
import { routeStoredEvent } from './route-event';
import { refreshSegmentsForCustomer } from './segment-membership';

export interface EventRouterOptions {
  /** Events claimed at once (default 200). */
  batchSize?: number;
  /** Customers routed side by side (default 16). */
  concurrency?: number;
  /** How long a claim holds its events before another router may take them (default 60 s). */
  leaseMs?: number;
  /** How often an idle router looks for events another process stored (default 250 ms). */
  idleMs?: number;
  /** Told of a failure (and the event, when one failed); the event is tried again when its lease ends. */
  onError?: (error: unknown, event?: EventRow) => void;
}

export interface EventRouter {
  /** Looks for due events now (the ingest API calls it after storing some). */
  wake(): void;
  /** Finishes the batch in hand and stops. */
  stop(): Promise<void>;
}

/** Calls that start and signal journeys; identify, group and alias change the profile only. */
const journeyKinds: ReadonlySet<EventKind> = new Set(['track', 'page', 'screen']);

type ReportError = (error: unknown, event?: EventRow) => void;

/**
 * One customer's events, in order: routed one after another, then their segments once. Returns the
 * ids done; after a failure the failed event and those after it wait for their lease to end.
 */
async function routeCustomer(deps: RoutingDeps, events: EventRow[], report: ReportError): Promise<string[]> {
  const routed: string[] = [];
  for (const event of events) {
    try {
      if (journeyKinds.has(event.kind)) await routeStoredEvent(deps, event);
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
  const routed: string[] = [];
  const lane = async (): Promise<void> => {
    for (let events = queue.shift(); events !== undefined; events = queue.shift()) {
      routed.push(...(await routeCustomer(deps, events, options.onError)));
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, queue.length) }, lane));
  await markEventsRouted(deps.db, routed);
}

/** Starts the router loop of this process. */
export function startEventRouter(deps: RoutingDeps, options: EventRouterOptions = {}): EventRouter {
  const settings: Required<EventRouterOptions> = {
    batchSize: options.batchSize ?? 200,
    concurrency: options.concurrency ?? 16,
    leaseMs: options.leaseMs ?? 60_000,
    idleMs: options.idleMs ?? 250,
    onError: options.onError ?? (() => undefined),
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
