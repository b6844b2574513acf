// Observability shared by the server and the worker: Prometheus metrics (prom-client), OpenTelemetry
// traces (OTLP, off unless configured; Temporal's interceptors) and structured JSON logs (pino).
export { createMetricsRegistry, observePools, type PoolUse } from './metrics-registry';
export { METRICS_CONTENT_TYPE, metricsText, startMetricsServer, type MetricsServer } from './metrics-endpoint';
export { startTracing, TRACER_NAME, wayfarerTracer, type Tracing } from './tracing';
export { TRACING_WORKFLOW_INTERCEPTORS, tracingClientInterceptors, tracingWorkerPlugin } from './temporal-tracing';
export { createLogger, temporalLoggerOf, type Logger } from './logger';
export { Counter, Gauge, Histogram, type Registry } from 'prom-client';
export { routingMetrics } from './routing-metrics';
export { activeTraceParent, inSpan, inSpanUnder } from './spans';
