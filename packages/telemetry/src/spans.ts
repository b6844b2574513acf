import { SpanStatusCode, type Attributes } from '@opentelemetry/api';
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
