// One customer's events routed in order: the entries each makes and the signals it sends (the unit
// of work of the event router and of batch routing).
import type { Enrollment, EventKind, EventRow } from '@wayfarer/db';
import { creditReferral } from './credit-referral';
import type { DecidedEntries } from './decide-first-entries';
import { eventRulesOf, findEventEntryStep, toJourneyEvent } from './entry';
import { enterLiveJourneys, type RoutingDeps } from './enter-journeys';
import { followRichMenuRule } from './rich-menu-rule';
import { signalWhereUsed } from './signal-enrollments';

/** Calls that start and signal journeys; identify, group and alias change the profile only. */
export const journeyKinds: ReadonlySet<EventKind> = new Set(['track', 'page', 'screen']);

export interface RouteCustomerOptions {
  /** Told of a failure and the event it belongs to; the event is tried again when its lease ends. */
  onError: (error: unknown, event?: EventRow) => void;
  /** Wraps routing one event (tracing: a span under the request that stored it). */
  aroundEvent: (event: EventRow, route: () => Promise<void>) => Promise<void>;
}

/**
 * Routes one event of a customer's chain (as routeStoredEvent does for a single event): enters the
 * journeys it triggers, then signals it to the customer's running enrollments that can use it —
 * those running before and those entered by this customer's earlier events, never one entered by
 * this event or a later one.
 */
async function routeInChain(
  deps: RoutingDeps,
  event: EventRow,
  chain: { later: Set<string>; running: Enrollment[]; decided: DecidedEntries },
) {
  const { later, running } = chain;
  const journeyEvent = toJourneyEvent(event);
  const entries = await enterLiveJourneys(deps, {
    workspaceId: event.workspaceId,
    customerId: event.customerId,
    entryKey: event.id,
    entryEvent: journeyEvent,
    findEntryStep: (ir) => findEventEntryStep(ir, journeyEvent, eventRulesOf(deps.nodeTypes)),
    decided: chain.decided.get(event.id),
  });
  const others = running.filter(
    (enrollment) => enrollment.entryEventId !== event.id && !later.has(enrollment.entryEventId ?? ''),
  );
  await signalWhereUsed(deps, others, journeyEvent);
  await followRichMenuRule(deps, event);
  for (const entry of entries) {
    if (entry.status !== 'started') continue;
    const { enrollment } = entry;
    if (!running.some((known) => known.id === enrollment.id)) running.push(enrollment);
  }
}

/**
 * One customer's events, in order. `running` is the customer's running enrollments, kept up to date
 * with the entries made here; `decided` the entries decided for their batch (decide-first-entries.ts).
 * Returns the ids done: after a failure (told to `onError`) not the failed event nor those after it.
 */
export async function routeInOrder(
  deps: RoutingDeps,
  events: readonly EventRow[],
  running: Enrollment[],
  options: RouteCustomerOptions,
  decided: DecidedEntries = new Map(),
): Promise<string[]> {
  const routed: string[] = [];
  for (const [index, event] of events.entries()) {
    try {
      if (journeyKinds.has(event.kind)) {
        const later = new Set(events.slice(index + 1).map((next) => next.id));
        await options.aroundEvent(event, () => routeInChain(deps, event, { later, running, decided }));
      } else if (event.kind === 'identify') {
        await creditReferral(deps.db, event);
      }
      routed.push(event.id);
    } catch (error) {
      options.onError(error, event);
      return routed;
    }
  }
  return routed;
}
