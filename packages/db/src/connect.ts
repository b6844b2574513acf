import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { rememberPool } from './pool-stats';
import type { Database } from './schema';

// bigint (int8) columns hold counts and sleep durations well inside Number's range.
pg.types.setTypeParser(20, (value: string) => Number(value));

export type Db = Kysely<Database>;

export interface DbOptions {
  /** postgres:// URL (a real server, or the embedded PGlite socket). */
  url: string;
  /** Pool size per process. */
  maxConnections?: number;
}

/**
 * Opens a pooled connection; the only way the rest of the code reaches Postgres. Column names are
 * camel-cased, but never the keys inside jsonb values: customer attributes are the customer's data.
 */
export function createDb(options: DbOptions): Db {
  const pool = new pg.Pool({ connectionString: options.url, max: options.maxConnections ?? 10 });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin({ maintainNestedObjectKeys: true })],
  });
  rememberPool(db, pool);
  return db;
}
