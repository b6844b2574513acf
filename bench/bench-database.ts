import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDb, migrateToLatest, type Db } from '@wayfarer/db';
import { startEmbeddedPostgres } from '@wayfarer/provision';

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

async function embeddedAdminUrl(): Promise<{ url: string; stop(): Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'wayfarer-bench-pg-'));
  const server = await startEmbeddedPostgres({ dataDir, throwaway: true });
  return { url: server.url, stop: () => server.stop() };
}

/**
 * A fresh database for one benchmark run: on the Postgres server at DATABASE_URL /
 * TEST_DATABASE_URL when set, otherwise on an embedded PostgreSQL server (the `npm start` default)
 * started for the run.
 */
export async function openBenchDatabase(): Promise<{ db: Db; kind: string; url: string; close(): Promise<void> }> {
  const given = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const embedded = given === undefined ? await embeddedAdminUrl() : undefined;
  const adminUrl = given ?? (embedded as { url: string }).url;
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3_000 });
  // Every pg client gets an 'error' listener: a connection dying while idle must not end the run.
  admin.on('error', () => undefined);
  await admin.connect();
  const name = `wayfarer_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = createDb({ url: url.toString(), maxConnections: 20 });
  await migrateToLatest(db);
  return {
    db,
    kind: embedded ? 'embedded PostgreSQL' : 'Postgres server',
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
      await embedded?.stop();
    },
  };
}
