// Environment of the worker's composition root (main.ts), validated once at start-up.
import { temporalConnectionOf, temporalEnvShape } from '@wayfarer/config';
import { sendChannels } from '@wayfarer/nodes';
import { JOURNEY_TASK_QUEUE } from '@wayfarer/workflows';
import { workerRoles } from '../start-worker';
import { z } from 'zod';

/** `line=2000,sms=50`: sends per second per channel, across all workers. */
const sendRateLimitsSchema = z.string().transform((value, ctx) => {
  const limits: Record<string, number> = {};
  for (const pair of value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [channel = '', perSecond = ''] = pair.split('=').map((part) => part.trim());
    const rate = Number(perSecond);
    if (!(sendChannels as readonly string[]).includes(channel) || !(rate > 0)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${pair}": write channel=sends per second, channel one of ${sendChannels.join(', ')}`,
      });
      continue;
    }
    limits[channel] = rate;
  }
  return limits;
});

export const workerEnvSchema = z
  .object({
    ...temporalEnvShape,
    DATABASE_URL: z.string({ error: 'DATABASE_URL is required (postgres://user:password@host:5432/db).' }),
    TEMPORAL_ADDRESS: z.string().default('localhost:7233'),
    TEMPORAL_TASK_QUEUE: z.string().default(JOURNEY_TASK_QUEUE),
    /** A bundle built ahead of time (images, tests) skips webpack at start-up. */
    WORKFLOW_BUNDLE_PATH: z.string().optional(),
    /** Which queues this process polls: `journeys,maintenance,sends` (all unless set). */
    WORKER_ROLES: z
      .string()
      .transform((value) => value.split(',').map((role) => role.trim()))
      .pipe(z.array(z.enum(workerRoles)).min(1))
      .optional(),
    /** Workflows each workflow Worker keeps in memory; more wait evicted and replay when they wake. */
    WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(50).optional(),
    /** Sends per second per channel across all workers (LINE: 2000 unless set). */
    SEND_RATE_LIMITS: sendRateLimitsSchema.optional(),
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
