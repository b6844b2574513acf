import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';

const CONFIG_FILE = 'wayfarer.config.json';

export const wayfarerConfigSchema = z.object({
  /** Node-type packages added to the built-ins, by package name. */
  nodePackages: z.array(z.string().min(1)).default([]),
});
export type WayfarerConfig = z.infer<typeof wayfarerConfigSchema>;

/** The configuration file is missing or invalid. */
export class ConfigError extends Error {
  readonly code = 'invalid_config_file';
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** `WAYFARER_CONFIG`, else the nearest wayfarer.config.json walking up from `from`. */
export function findConfigFile(from: string = process.cwd()): string | undefined {
  if (process.env.WAYFARER_CONFIG) return resolve(process.env.WAYFARER_CONFIG);
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Reads and validates the configuration; no file means the defaults (built-ins only). */
export function readWayfarerConfig(path: string | undefined = findConfigFile()): WayfarerConfig {
  if (path === undefined) return wayfarerConfigSchema.parse({});
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = wayfarerConfigSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(`${path}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  return parsed.data;
}
