import { createRequire } from 'node:module';
import { OpenTelemetryPlugin, OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry';
import type { Tracing } from './tracing';

const require = createRequire(import.meta.url);

/**
 * The workflow interceptors that make workflow spans. Workflow code is bundled, so they must be in
 * the bundle: pass this to `bundleWorkflowCode({ workflowInterceptorModules })` for a pre-built one.
 */
export const TRACING_WORKFLOW_INTERCEPTORS: string =
  require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors');

/** Client interceptors that carry the active span into the workflows a client starts and signals. */
export function tracingClientInterceptors(): { workflow: OpenTelemetryWorkflowClientInterceptor[] } {
  return { workflow: [new OpenTelemetryWorkflowClientInterceptor()] };
}

/** The Worker plugin: workflow and activity spans, children of the span that started the workflow. */
export function tracingWorkerPlugin(tracing: Tracing): OpenTelemetryPlugin {
  return new OpenTelemetryPlugin({
    resource: tracing.resource,
    spanProcessor: tracing.spanProcessor,
    tracer: tracing.tracer,
  });
}
