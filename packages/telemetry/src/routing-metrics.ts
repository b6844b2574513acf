import { Counter, type Registry } from 'prom-client';

/** Routing decisions as Prometheus series; shaped as @wayfarer/routing's RoutingObserver. */
export function routingMetrics(registry: Registry): {
  entered(outcome: string): void;
  signalled(count: number): void;
  skipped(count: number): void;
} {
  const entries = new Counter({
    name: 'wayfarer_routing_entries_total',
    help: 'Journey entries decided, by outcome (started, running, finished, cooldown, throttled)',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const signals = new Counter({
    name: 'wayfarer_routing_signals_total',
    help: 'Events signalled to running enrollments',
    registers: [registry],
  });
  const skipped = new Counter({
    name: 'wayfarer_routing_signals_skipped_total',
    help: 'Events not signalled to a running enrollment because its journey cannot use them',
    registers: [registry],
  });
  return {
    entered: (outcome) => entries.inc({ outcome }),
    signalled: (count) => signals.inc(count),
    skipped: (count) => skipped.inc(count),
  };
}
