import type { z } from 'zod';
import type { Env } from './config-file';

/** Parses the environment (an empty variable counts as unset); throws a readable message. */
export function readEnv<T>(schema: z.ZodType<T>, env: Env): T {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const parsed = schema.safeParse(present);
  if (parsed.success) return parsed.data;
  throw new Error(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
}

/** {@link readEnv} for a composition root: a bad environment prints why and exits with code 1. */
export function readEnvOrExit<T>(schema: z.ZodType<T>, env: Env = process.env): T {
  try {
    return readEnv(schema, env);
  } catch (error) {
    console.error(`Invalid environment:\n${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
