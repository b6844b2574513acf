import { CamelCasePlugin, Kysely } from 'kysely';
import pg from 'pg';
import { rememberPool } from './pool-stats';
import { ReconnectingPostgresDialect } from './pool/reconnecting-driver';
import { openResilientPool } from './pool/resilient-pool';
import type { Database } from './schema';

// bigint (int8) columns hold counts and sleep durations well inside Number's range.
pg.types.setTypeParser(20, (value: string) => Number(value));

export type Db = Kysely<Database>;

export interface DbOptions {
  /** postgres:// URL of a PostgreSQL server (the embedded one of `npm start` included). */
  url: string;
  /** Pool size per process. */
  maxConnections?: number;
  /** How long acquiring a connection retries a database that is down (default 15 s). */
  reconnectBudgetMs?: number;
  /** Told about each connection lost while idle or between statements (default: a throttled warning). */
  onConnectionLost?: (error: Error) => void;
}

/**
 * Opens a pooled connection; the only way the rest of the code reaches Postgres. Column names are
 * camel-cased, but never the keys inside jsonb values: customer attributes are the customer's data.
 * A lost connection never ends the process: the pool drops it and reconnects with backoff, and a
 * BEGIN or SELECT that met a dead connection runs on a new one (see pool/).
 */
export function createDb(options: DbOptions): Db {
  const pool = openResilientPool({
    url: options.url,
    max: options.maxConnections ?? 10,
    ...(options.reconnectBudgetMs === undefined ? {} : { reconnectBudgetMs: options.reconnectBudgetMs }),
    ...(options.onConnectionLost === undefined ? {} : { onConnectionLost: options.onConnectionLost }),
  });
  const db = new Kysely<Database>({
    dialect: new ReconnectingPostgresDialect({ pool }),
    plugins: [new CamelCasePlugin({ maintainNestedObjectKeys: true })],
  });
  rememberPool(db, pool);
  return db;
}
