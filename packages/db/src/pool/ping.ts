import { sql } from 'kysely';
import type { Db } from '../connect';

/** What a health check found out about the database. */
export type DatabaseHealth = { ok: true; latencyMs: number } | { ok: false; error: 'unreachable' | 'timeout' };

/** Runs `select 1` within `timeoutMs`; never throws, never waits longer. */
export async function pingDatabase(db: Db, timeoutMs = 2_000): Promise<DatabaseHealth> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DatabaseHealth>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, error: 'timeout' }), timeoutMs);
  });
  const ping = sql`select 1`.execute(db).then(
    (): DatabaseHealth => ({ ok: true, latencyMs: Date.now() - started }),
    (): DatabaseHealth => ({ ok: false, error: 'unreachable' }),
  );
  try {
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
