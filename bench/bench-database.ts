import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, EMBEDDED_POOL_SIZE, migrateToLatest, startEmbeddedPostgres, type Db } from '@wayfarer/db';

/**
 * A server process of the benchmark (ingest) may still be closing its connections; the drop waits
 * (up to 5 s, then forces) until the database has no backends left.
 */
async function waitForBackendsToLeave(admin: pg.Client, database: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { rows } = await admin.query<{ backends: string }>(
      'select count(*) as backends from pg_stat_activity where datname = $1',
      [database],
    );
    if (Number(rows[0]?.backends ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * A fresh database for one benchmark run: on the Postgres server at DATABASE_URL /
 * TEST_DATABASE_URL when one answers, otherwise the embedded PGlite.
 */
export async function openBenchDatabase(): Promise<{ db: Db; kind: string; url: string; close(): Promise<void> }> {
  const adminUrl =
    process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3_000 });
  // Every pg client gets an 'error' listener: a connection dying while idle must not end the run.
  admin.on('error', () => undefined);
  try {
    await admin.connect();
  } catch {
    const embedded = await startEmbeddedPostgres({ dataDir: `.cache/bench-pglite-${randomBytes(4).toString('hex')}` });
    const db = createDb({ url: embedded.url, maxConnections: EMBEDDED_POOL_SIZE });
    await migrateToLatest(db);
    return {
      db,
      kind: 'PGlite (embedded)',
      url: embedded.url,
      close: async () => (await db.destroy(), await embedded.stop()),
    };
  }
  const name = `wayfarer_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = createDb({ url: url.toString(), maxConnections: 20 });
  await migrateToLatest(db);
  return {
    db,
    kind: 'Postgres server',
    // For a benchmark that runs a server process against the same database (ingest).
    url: url.toString(),
    close: async () => {
      await db.destroy();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      cleanup.on('error', () => undefined);
      await cleanup.connect();
      await waitForBackendsToLeave(cleanup, name);
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
