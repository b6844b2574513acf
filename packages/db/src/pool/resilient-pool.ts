// The pg pool behind every Db. pg emits 'error' on a pool or client whose connection dies (an
// administrator's pg_terminate_backend, a Postgres restart, a failover, an idle timeout); with no
// listener that event ends the process. Here every pool and every client has one, dead clients
// leave the pool, and acquiring a connection retries with backoff while the database comes back.
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type { PoolStats } from '../pool-stats';
import pg from 'pg';
import { isConnectionLoss } from './connection-errors';
import { backoffDelayMs, sleep } from './backoff';

export interface PoolOptions {
  url: string;
  max: number;
  /** How long acquiring a connection keeps retrying a database that refuses or drops connections. */
  reconnectBudgetMs?: number;
  /** Told about each connection lost outside a statement (default: a warning line, at most one per 5 s). */
  onConnectionLost?: (error: Error) => void;
}

/** Milliseconds acquiring a connection keeps retrying unless configured (a restart or failover fits). */
export const DEFAULT_RECONNECT_BUDGET_MS = 15_000;
// pg's end() resolves while its sockets are still closing; destroy waits for them, but not forever.
const CLOSE_WAIT_MS = 5_000;

/** A warning line per burst of lost connections, so terminating 20 backends prints one line. */
function throttledWarning(intervalMs = 5_000): (error: Error) => void {
  let lastAt = 0;
  let suppressed = 0;
  return (error) => {
    const now = Date.now();
    if (now - lastAt < intervalMs) {
      suppressed++;
      return;
    }
    const more = suppressed > 0 ? ` (and ${suppressed} more since the last warning)` : '';
    const code = (error as { code?: unknown }).code;
    console.warn(
      `Postgres connection lost${typeof code === 'string' ? ` (${code})` : ''}: ${error.message}${more}. ` +
        'New connections are opened on demand.',
    );
    lastAt = now;
    suppressed = 0;
  };
}

function waitForEnd(client: pg.Client, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    timer.unref();
    client.once('end', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** A pool Kysely's PostgresDialect can use, that survives connections dying under it. */
export function openResilientPool(options: PoolOptions): PostgresPool & { stats(): PoolStats } {
  const pool = new pg.Pool({ connectionString: options.url, max: options.max, keepAlive: true });
  const budgetMs = options.reconnectBudgetMs ?? DEFAULT_RECONNECT_BUDGET_MS;
  const report = options.onConnectionLost ?? throttledWarning();
  // One error reaches both the client's listener and the pool's (for idle clients): report it once.
  const reported = new WeakSet<object>();
  const onLost = (error: Error): void => {
    if (reported.has(error)) return;
    reported.add(error);
    report(error);
  };
  const open = new Set<pg.Client>();
  pool.on('error', onLost);
  pool.on('connect', (client) => {
    open.add(client);
    // A client in use whose backend dies: it becomes unusable and the pool drops it on release.
    client.on('error', onLost);
    client.once('end', () => open.delete(client));
  });

  const connect = async (): Promise<PostgresPoolClient> => {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        return await pool.connect();
      } catch (error) {
        const waitMs = backoffDelayMs(attempt);
        if (!isConnectionLoss(error) || Date.now() - started + waitMs > budgetMs) throw error;
        await sleep(waitMs);
      }
    }
  };
  return {
    connect,
    stats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: options.max }),
    end: async () => {
      const closing = [...open].map((client) => waitForEnd(client, CLOSE_WAIT_MS));
      await pool.end();
      await Promise.all(closing);
    },
  };
}
