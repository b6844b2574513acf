import { makeTelemetryFilterString, Runtime } from '@temporalio/worker';
import { temporalLoggerOf, type Logger } from '@wayfarer/telemetry';

/**
 * Installs the Temporal SDK's process-wide runtime: its logs (the SDK's, workflows' `log` and
 * activities' `log`) as pino JSON lines, and its worker metrics (task slots, poll and
 * schedule-to-start latencies, sticky cache…) on a Prometheus exporter at `metricsAddress`, which the
 * worker's /metrics forwards. Must run before the first connection.
 */
export function installWorkerRuntime(logger: Logger, metricsAddress: string): void {
  Runtime.install({
    logger: temporalLoggerOf(logger),
    telemetryOptions: {
      logging: { forward: {}, filter: makeTelemetryFilterString({ core: 'WARN', other: 'WARN' }) },
      metrics: { prometheus: { bindAddress: metricsAddress } },
    },
  });
}
