// Environment of the worker's composition root (main.ts), validated once at start-up.
import { temporalConnectionOf, temporalEnvShape } from '@wayfarer/config';
import { JOURNEY_TASK_QUEUE } from '@wayfarer/workflows';
import { z } from 'zod';

export const workerEnvSchema = z
  .object({
    ...temporalEnvShape,
    DATABASE_URL: z.string({ error: 'DATABASE_URL is required (postgres://user:password@host:5432/db).' }),
    TEMPORAL_ADDRESS: z.string().default('localhost:7233'),
    TEMPORAL_TASK_QUEUE: z.string().default(JOURNEY_TASK_QUEUE),
    /** A bundle built ahead of time (images, tests) skips webpack at start-up. */
    WORKFLOW_BUNDLE_PATH: z.string().optional(),
    /** Where the worker serves Prometheus `GET /metrics` (its own series and the Temporal SDK's). */
    METRICS_PORT: z.coerce.number().int().min(0).max(65_535).default(9464),
    METRICS_HOST: z.string().default('0.0.0.0'),
    /** Where the SDK's own exporter listens (forwarded by /metrics); a free local port unless set. */
    TEMPORAL_METRICS_BIND_ADDRESS: z.string().optional(),
    /** Tracing is on when OTEL_EXPORTER_OTLP_ENDPOINT is set (read by the OTLP exporter itself). */
    OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  })
  .transform((env, ctx) => ({ ...env, temporal: temporalConnectionOf(env.TEMPORAL_ADDRESS, env, ctx) }));
export type WorkerEnv = z.infer<typeof workerEnvSchema>;
