// Routes what the ingest API stored, after it answered: claims due events in the order they were
// received (claimDueEvents: FOR UPDATE SKIP LOCKED under a lease, so the router loops of several
// server processes share the work and the events of one that died are taken over when its lease
// ends), routes each customer's events in order, customers side by side, re-evaluates their
// segments, and marks them routed. The entries of customers new to a claim are decided together, in
// one statement (decide-first-entries.ts). A pipeline, not batch by batch: events claimed while others are
// still being routed start at once (a customer's go after that customer's earlier ones), so one slow
// workflow start holds up only its own customer (bench: ingest p99).
import {
  claimDueEvents,
  listRunningEnrollmentsOfCustomers,
  markEventsRouted,
  type Enrollment,
  type EventRow,
} from '@wayfarer/db';
import { decideFirstEntries, type DecidedEntries } from './decide-first-entries';
import type { RoutingDeps } from './enter-journeys';
import { handoffGate, type EventHandoff } from './event-handoff';
import { journeyKinds, routeCustomer, type RouteCustomerOptions } from './route-customer';

export interface EventRouterOptions extends Partial<RouteCustomerOptions> {
  /** Events in hand (claimed, not yet routed) at most (default 200). */
  batchSize?: number;
  /** Customers routed side by side (default 32). */
  concurrency?: number;
  /** How long a claim holds its events before another router may take them (default 60 s). */
  leaseMs?: number;
  /** How often an idle router looks for events another process stored (default 250 ms). */
  idleMs?: number;
}

export interface EventRouter extends EventHandoff {
  /** Looks for due events now (the ingest API calls it after storing some). */
  wake(): void;
  /** Finishes the events in hand and stops. */
  stop(): Promise<void>;
}

/** A customer whose events are being routed: later claims of theirs wait behind `tail`. */
interface CustomerChain {
  tail: Promise<void>;
  /** Their running enrollments, read when the chain began and kept up to date by routing. */
  running: Promise<Enrollment[]>;
}

/** Runs at most `limit` tasks at once; the others wait in order. */
function lanes(limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (active < limit) active += 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next === undefined) active -= 1;
      else next();
    }
  };
}

/** Marks routed events in as few statements as it can: ids done while one runs go in the next. */
function routedMarker(deps: RoutingDeps, onError: (error: unknown) => void) {
  let pending: string[] = [];
  let marking: Promise<void> | undefined;
  const drain = async () => {
    while (pending.length > 0) {
      const ids = pending;
      pending = [];
      // Unmarked events are routed again when their lease ends: harmless, entries are idempotent.
      await markEventsRouted(deps.db, ids).catch(onError);
    }
    marking = undefined;
  };
  return {
    mark(ids: string[]) {
      pending.push(...ids);
      marking ??= drain();
    },
    settled: () => marking ?? Promise.resolve(),
  };
}

/** Starts the router loop of this process. */
export function startEventRouter(deps: RoutingDeps, options: EventRouterOptions = {}): EventRouter {
  const settings = {
    batchSize: options.batchSize ?? 200,
    concurrency: options.concurrency ?? 32,
    leaseMs: options.leaseMs ?? 60_000,
    idleMs: options.idleMs ?? 250,
    onError: options.onError ?? (() => undefined),
    aroundEvent: options.aroundEvent ?? ((_event: EventRow, route: () => Promise<void>) => route()),
  };
  const inLane = lanes(settings.concurrency);
  const marker = routedMarker(deps, settings.onError);
  const chains = new Map<string, CustomerChain>();
  const gate = handoffGate();
  let inHand = 0;
  let running = true;
  let woken = false;
  /** The loop waits for room in hand (not for new events): finishing customers wake it. */
  let full = false;
  let nudge: (() => void) | undefined;
  const wake = () => {
    woken = true;
    nudge?.();
  };

  // The entries of each new customer's first event, decided in one statement; when it fails, each
  // event decides its own as it is routed.
  const decideFirsts = (firsts: EventRow[]): Promise<DecidedEntries> => {
    if (firsts.length === 0) return Promise.resolve(new Map());
    return decideFirstEntries(deps, firsts).catch((error: unknown) => {
      settings.onError(error, firsts[0]);
      return new Map();
    });
  };

  // The customers new to this claim have their running enrollments read together, in one query,
  // and their first entries decided together.
  const dispatch = (claimed: EventRow[]) => {
    const byCustomer = new Map<string, EventRow[]>();
    for (const event of claimed) byCustomer.set(event.customerId, [...(byCustomer.get(event.customerId) ?? []), event]);
    const fresh = [...byCustomer.keys()].filter((customerId) => !chains.has(customerId));
    const read = fresh.length === 0 ? Promise.resolve([]) : listRunningEnrollmentsOfCustomers(deps.db, fresh);
    const decided = decideFirsts(
      fresh.flatMap((customerId) => byCustomer.get(customerId)?.find((event) => journeyKinds.has(event.kind)) ?? []),
    );
    const undecided: Promise<DecidedEntries> = Promise.resolve(new Map());
    for (const [customerId, events] of byCustomer) {
      const known = chains.get(customerId);
      const chain = known ?? {
        tail: Promise.resolve(),
        running: read.then((all) => all.filter((enrollment) => enrollment.customerId === customerId)),
      };
      const decisions = known === undefined ? decided : undecided;
      const tail: Promise<void> = chain.tail
        .then(() => Promise.all([chain.running, decisions]))
        .then(([enrollments, entries]) => inLane(() => routeCustomer(deps, events, enrollments, settings, entries)))
        .then(
          (routed) => marker.mark(routed),
          (error: unknown) => settings.onError(error, events[0]),
        )
        .finally(() => {
          inHand -= events.length;
          if (chains.get(customerId)?.tail === tail) chains.delete(customerId);
          if (full) wake();
        });
      chains.set(customerId, { ...chain, tail });
    }
  };

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
      const room = settings.batchSize - inHand;
      full = room <= 0;
      let claimed: EventRow[] = [];
      if (room > 0) {
        try {
          const epoch = gate.claimStarts();
          claimed = await claimDueEvents(deps.db, { limit: room, leaseMs: settings.leaseMs });
          if (claimed.length < room) gate.drained(epoch);
          inHand += claimed.length;
          if (claimed.length > 0) dispatch(claimed);
        } catch (error) {
          settings.onError(error);
        }
      }
      if (claimed.length === 0 || claimed.length < room) await rest();
      nudge = undefined;
    }
    await Promise.all([...chains.values()].map((chain) => chain.tail));
    await marker.settled();
  };
  const done = loop();
  return {
    wake,
    reserve(count) {
      if (!running || inHand + count > settings.batchSize || !gate.open()) {
        gate.refused();
        return undefined;
      }
      inHand += count;
      return settings.leaseMs;
    },
    adopt(events, reserved) {
      inHand -= reserved - events.length;
      // Stopped meanwhile: the lease hands them to the next router.
      if (!running) inHand -= events.length;
      else if (events.length > 0) dispatch(events);
    },
    stored() {
      gate.stored();
      wake();
    },
    async stop() {
      running = false;
      nudge?.();
      await done;
    },
  };
}
