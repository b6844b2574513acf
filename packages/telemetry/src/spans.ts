import { context, propagation, SpanStatusCode, type Attributes } from '@opentelemetry/api';
import { wayfarerTracer } from './tracing';

/**
 * Runs `work` inside a new active span (a no-op span unless tracing is on), so what it awaits, a
 * Temporal call or a provider request, becomes its child. A throw marks the span as an error.
 */
export async function inSpan<T>(name: string, attributes: Attributes, work: () => Promise<T>): Promise<T> {
  return wayfarerTracer().startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work();
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** The active span as a W3C traceparent, to store with work done later; undefined when untraced. */
export function activeTraceParent(): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent;
}

/** Runs `work` in a new span under a stored traceparent (a root span when there is none). */
export async function inSpanUnder<T>(
  traceParent: string | null | undefined,
  name: string,
  attributes: Attributes,
  work: () => Promise<T>,
): Promise<T> {
  if (!traceParent) return inSpan(name, attributes, work);
  const parent = propagation.extract(context.active(), { traceparent: traceParent });
  return context.with(parent, () => inSpan(name, attributes, work));
}
