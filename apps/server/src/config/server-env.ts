// Environment of the two composition roots, validated once at start-up.
import { JOURNEY_TASK_QUEUE } from '@wayfarer/workflows';
import { z } from 'zod';

const common = {
  TEMPORAL_NAMESPACE: z.string().default('default'),
  TEMPORAL_TASK_QUEUE: z.string().default(JOURNEY_TASK_QUEUE),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** Folder of the web app's files; defaults to apps/web/dist (the Vite build). */
  WEB_ROOT: z.string().optional(),
  /** Ingest API requests per minute per API key. */
  INGEST_RATE_LIMIT_PER_MIN: z.coerce.number().int().min(1).default(6000),
  /** How long the event router holds the events it claimed before another process may take them. */
  EVENT_ROUTER_LEASE_MS: z.coerce.number().int().min(100).default(60_000),
};

/** `main.ts`: an existing Postgres and Temporal. */
export const productionEnvSchema = z.object({
  ...common,
  DATABASE_URL: z.string({ error: 'DATABASE_URL is required (postgres://user:password@host:5432/db).' }),
  TEMPORAL_ADDRESS: z.string().default('localhost:7233'),
  /** Postgres connections of the server process; each ingest request holds one per statement. */
  DB_POOL_SIZE: z.coerce.number().int().min(1).default(20),
});
export type ProductionEnv = z.infer<typeof productionEnvSchema>;

/** `embedded.ts`: each of Postgres and Temporal is started in-process unless its address is given. */
export const embeddedEnvSchema = z.object({
  ...common,
  DATABASE_URL: z.string().optional(),
  TEMPORAL_ADDRESS: z.string().optional(),
  TEMPORAL_CLI_PATH: z.string().optional(),
});
export type EmbeddedEnv = z.infer<typeof embeddedEnvSchema>;

/** Parses the environment (an empty variable counts as unset); throws a readable message. */
export function readEnv<T>(schema: z.ZodType<T>, env: NodeJS.ProcessEnv): T {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const parsed = schema.safeParse(present);
  if (parsed.success) return parsed.data;
  throw new Error(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
}

/** {@link readEnv} for a composition root: a bad environment prints why and exits with code 1. */
export function readEnvOrExit<T>(schema: z.ZodType<T>, env: NodeJS.ProcessEnv = process.env): T {
  try {
    return readEnv(schema, env);
  } catch (error) {
    console.error(`Invalid environment:\n${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
