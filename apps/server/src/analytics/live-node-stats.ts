import { loadJourneyChangeMarker } from '@wayfarer/db';
import type { Services } from '../services';
import { LatestValue } from './latest-value';
import { LiveStatsHub, type LiveWatch } from './live-stats-hub';
import { countNodes, type NodeStats } from './node-stats';

// One hub per set of services (one per server), created on first use: no work until someone watches.
const hubs = new WeakMap<Services, LiveStatsHub<NodeStats>>();

function hubOf(services: Services): LiveStatsHub<NodeStats> {
  let hub = hubs.get(services);
  if (!hub) {
    hub = new LiveStatsHub<NodeStats>({
      marker: (journeyId) => loadJourneyChangeMarker(services.db, journeyId),
      stats: (watch) => countNodes(services, watch, {}),
    });
    hubs.set(services, hub);
  }
  return hub;
}

/**
 * The node stats of a resolved journey version (no window), now and after every change, until
 * `signal` aborts (the client went away). Values nobody took yet are replaced by newer ones.
 */
export async function* liveNodeStats(
  services: Services,
  watch: LiveWatch,
  signal: AbortSignal,
): AsyncGenerator<NodeStats, void, unknown> {
  const hub = hubOf(services);
  // Ends when the client leaves or the server stops (an open stream would hold its shutdown).
  const stop = AbortSignal.any([signal, hub.closed]);
  const box = new LatestValue<NodeStats>();
  const unsubscribe = hub.subscribe(watch, (stats) => box.push(stats));
  try {
    for (;;) {
      const next = await box.take(stop);
      if (next === null) return;
      yield next.value;
    }
  } finally {
    unsubscribe();
  }
}

/** Ends every live view of these services (the server is closing). */
export function closeLiveNodeStats(services: Services): void {
  hubs.get(services)?.close();
  hubs.delete(services);
}
