import { createServer, type Server } from 'node:http';
import type { Registry } from 'prom-client';

/**
 * The registry's series in Prometheus text format, followed by those of `forwardFrom` (another
 * exporter in the same process, such as the Temporal SDK's), so one scrape sees everything.
 */
export async function metricsText(registry: Registry, forwardFrom?: string): Promise<string> {
  const own = await registry.metrics();
  if (forwardFrom === undefined) return own;
  try {
    const response = await fetch(forwardFrom, { signal: AbortSignal.timeout(2_000) });
    return `${own}\n${await response.text()}`;
  } catch {
    // The SDK's exporter is not up (yet): our own series are still worth scraping.
    return own;
  }
}

export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

export interface MetricsServer {
  /** `http://host:port/metrics` */
  url: string;
  close(): Promise<void>;
}

/** A bare HTTP server answering `GET /metrics`, for processes without an HTTP server of their own. */
export async function startMetricsServer(options: {
  registry: Registry;
  port: number;
  host: string;
  forwardFrom?: string;
}): Promise<MetricsServer> {
  const server: Server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    void metricsText(options.registry, options.forwardFrom).then(
      (text) => response.writeHead(200, { 'content-type': METRICS_CONTENT_TYPE }).end(text),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  return {
    url: `http://${options.host}:${port}/metrics`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
