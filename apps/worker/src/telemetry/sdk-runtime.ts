import { createServer } from 'node:net';
import { makeTelemetryFilterString, Runtime } from '@temporalio/worker';
import { temporalLoggerOf, type Logger } from '@wayfarer/telemetry';

/** A free TCP port on 127.0.0.1 (for the SDK's own exporter, which cannot be told to pick one). */
export async function freeLocalPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('No free local port.');
  return address.port;
}

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
