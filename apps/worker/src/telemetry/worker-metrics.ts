import { Counter, Histogram, routingMetrics, type Registry } from '@wayfarer/telemetry';
import type { RoutingObserver } from '@wayfarer/routing';

/** What the worker's activities report; all series carry bounded labels (node types, channels). */
export interface WorkerMetrics {
  /** One step activity finished: the port it took, `deferred`, or `error` (it threw). */
  stepRan(nodeType: string, outcome: string, seconds: number): void;
  /** One delivery attempt ended: sent, skipped, failed, unknown, deferred or retrying. */
  sendFinished(channel: string, status: string): void;
  /** How long a send waited on its channel's task queue before a worker could run it (rate limit). */
  sendWaited(channel: string, seconds: number): void;
  /** Retention deleted rows of one table (events, step events, messages). */
  retentionDeleted(table: string, rows: number): void;
  routing: RoutingObserver;
}

/** The worker's series, registered in `registry` (served by its /metrics). */
export function createWorkerMetrics(registry: Registry): WorkerMetrics {
  const steps = new Counter({
    name: 'wayfarer_step_runs_total',
    help: 'Journey step activities run, by node type and outcome (port taken, deferred, error)',
    labelNames: ['node_type', 'outcome'] as const,
    registers: [registry],
  });
  const stepSeconds = new Histogram({
    name: 'wayfarer_step_duration_seconds',
    help: 'Duration of journey step activities, by node type and outcome',
    labelNames: ['node_type', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const sends = new Counter({
    name: 'wayfarer_sends_total',
    help: 'Message delivery attempts by channel and status',
    labelNames: ['channel', 'status'] as const,
    registers: [registry],
  });
  const waits = new Histogram({
    name: 'wayfarer_send_rate_limit_wait_seconds',
    help: "Time a send waited on its channel's rate-limited task queue before it started",
    labelNames: ['channel'] as const,
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300],
    registers: [registry],
  });
  const retained = new Counter({
    name: 'wayfarer_retention_deleted_rows_total',
    help: 'Rows the data retention job deleted, by table',
    labelNames: ['table'] as const,
    registers: [registry],
  });
  return {
    retentionDeleted: (table, rows) => retained.inc({ table }, rows),
    stepRan: (nodeType, outcome, seconds) => {
      steps.inc({ node_type: nodeType, outcome });
      stepSeconds.observe({ node_type: nodeType, outcome }, seconds);
    },
    sendFinished: (channel, status) => sends.inc({ channel, status }),
    sendWaited: (channel, seconds) => waits.observe({ channel }, seconds),
    routing: routingMetrics(registry),
  };
}
