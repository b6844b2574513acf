import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError, messageOf } from './config-error';

/** The file looked for in the working directory and its parents. */
export const CONFIG_FILE = 'wayfarer.config.json';

export const wayfarerConfigSchema = z.object({
  /** Node-type packages added to the built-ins, by package name. */
  nodePackages: z.array(z.string().min(1)).default([]),
});

/** A validated configuration and the file it was read from (none for the defaults). */
export type WayfarerConfig = z.output<typeof wayfarerConfigSchema> & {
  /** Package names are resolved from this file's folder. */
  readonly file?: string;
};

/** Environment variables, as `process.env` or a test's own. */
export type Env = Readonly<Record<string, string | undefined>>;

/**
 * The config file to use: `WAYFARER_CONFIG` resolved against `cwd` if set (it need not exist yet:
 * reading it then fails), else the nearest wayfarer.config.json from `cwd` upwards, else none.
 */
export function findConfigFile(cwd: string = process.cwd(), env: Env = process.env): string | undefined {
  const explicit = env.WAYFARER_CONFIG;
  if (explicit) return resolve(cwd, explicit);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    if (isFile(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Reads and validates the config file at `path`; `undefined` (no file found) means the defaults,
 * built-in node types only. Throws a ConfigError (`invalid_config_file`) naming the file.
 */
export function readWayfarerConfig(path: string | undefined): WayfarerConfig {
  if (path === undefined) return wayfarerConfigSchema.parse({});
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError('invalid_config_file', `Cannot read ${path}: ${messageOf(error)}`, { cause: error });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError('invalid_config_file', `${path} is not valid JSON: ${messageOf(error)}`, { cause: error });
  }
  const parsed = wayfarerConfigSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError('invalid_config_file', `${path}: ${z.prettifyError(parsed.error)}`);
  return { ...parsed.data, file: path };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
