import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * The embedded default keeps its own WAYFARER_SECRET_KEY in `.data/secret-key` (created once,
 * readable by the owner only), so channel credentials stay sealed across restarts without setup.
 * A key set in the environment wins.
 */
export function ensureSecretKey(file: string, env: Record<string, string | undefined> = process.env): void {
  if (env.WAYFARER_SECRET_KEY) return;
  if (!existsSync(file)) writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  env.WAYFARER_SECRET_KEY = readFileSync(file, 'utf8').trim();
}
