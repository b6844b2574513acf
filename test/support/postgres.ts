import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, migrateToLatest, type Db } from '@wayfarer/db';

/** Admin connection to the Postgres server tests run on (TEST_DATABASE_URL, or the global set-up's). */
export function adminDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error('No TEST_DATABASE_URL: run the tests with vitest, whose global set-up provides a Postgres.');
  return url;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * A connection to the server's maintenance database. Like every pg client it has an 'error'
 * listener: a connection that dies while idle must not end the test process.
 */
export function adminClient(): pg.Client {
  const client = new pg.Client({ connectionString: adminDatabaseUrl() });
  client.on('error', (error) => console.warn(`admin connection lost: ${error.message}`));
  return client;
}

export interface TestDatabase {
  /** The database's name on the server. */
  name: string;
  url: string;
  db: Db;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

/** A fresh, migrated database on the real Postgres server, private to one test file. */
export async function createTestDatabase(label = 'test'): Promise<TestDatabase> {
  const name = `wayfarer_${label.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const admin = adminClient();
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminDatabaseUrl(), name);
  const db = createDb({ url, maxConnections: 10 });
  await migrateToLatest(db);
  return {
    name,
    url,
    db,
    drop: async () => {
      // Resolves once the pool's sockets are closed, so `with (force)` finds nobody to terminate.
      await db.destroy();
      const cleanup = adminClient();
      await cleanup.connect();
      try {
        await cleanup.query(`drop database if exists ${name} with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

/**
 * Terminates every backend connected to `database` (what an administrator, a failover or an idle
 * timeout does to a pool's connections) and returns how many there were.
 */
export async function terminateBackends(database: Pick<TestDatabase, 'name'>): Promise<number> {
  const admin = adminClient();
  await admin.connect();
  try {
    const { rows } = await admin.query<{ terminated: boolean }>(
      'select pg_terminate_backend(pid) as terminated from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [database.name],
    );
    return rows.filter((row) => row.terminated).length;
  } finally {
    await admin.end();
  }
}

/** Connections open to `database` right now. */
export async function countBackends(database: Pick<TestDatabase, 'name'>): Promise<number> {
  const admin = adminClient();
  await admin.connect();
  try {
    const { rows } = await admin.query<{ n: string }>('select count(*) as n from pg_stat_activity where datname = $1', [
      database.name,
    ]);
    return Number(rows[0]?.n ?? 0);
  } finally {
    await admin.end();
  }
}
