import { trace, type Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

/** The process's tracing, once started: what the Temporal interceptors need, and how to flush. */
export interface Tracing {
  tracer: Tracer;
  resource: Resource;
  spanProcessor: SpanProcessor;
  /** Exports what is buffered and stops. */
  shutdown(): Promise<void>;
}

/** Name of the tracer Wayfarer's own spans (ingest, provider calls) are made with. */
export const TRACER_NAME = 'wayfarer';

/** Spans made with the global API: no-ops until {@link startTracing} registers a provider. */
export function wayfarerTracer(): Tracer {
  return trace.getTracer(TRACER_NAME);
}

/**
 * Starts OpenTelemetry tracing with an OTLP/HTTP exporter when `OTEL_EXPORTER_OTLP_ENDPOINT` (or
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) is set; off (undefined) otherwise. The exporter reads the
 * standard OTEL_EXPORTER_OTLP_* variables (headers, timeout) itself.
 */
export function startTracing(serviceName: string, env: NodeJS.ProcessEnv = process.env): Tracing | undefined {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT && !env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return undefined;
  const resource = new Resource({ [ATTR_SERVICE_NAME]: env.OTEL_SERVICE_NAME ?? serviceName });
  const spanProcessor = new BatchSpanProcessor(new OTLPTraceExporter(), { scheduledDelayMillis: 1_000 });
  const provider = new NodeTracerProvider({ resource, spanProcessors: [spanProcessor] });
  // AsyncLocalStorage context and W3C trace-context headers: a span started in a request handler is
  // the parent of what it awaits, the Temporal interceptors carry it into workflows and activities.
  provider.register();
  return { tracer: wayfarerTracer(), resource, spanProcessor, shutdown: () => provider.shutdown() };
}
