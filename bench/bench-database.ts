import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, migrateToLatest, startEmbeddedPostgres, type Db } from '@wayfarer/db';

/**
 * A fresh database for one benchmark run: on the Postgres server at DATABASE_URL /
 * TEST_DATABASE_URL when one answers, otherwise the embedded PGlite.
 */
export async function openBenchDatabase(): Promise<{ db: Db; kind: string; close(): Promise<void> }> {
  const adminUrl =
    process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
  } catch {
    const embedded = await startEmbeddedPostgres({ dataDir: `.cache/bench-pglite-${randomBytes(4).toString('hex')}` });
    const db = createDb({ url: embedded.url });
    await migrateToLatest(db);
    return { db, kind: 'PGlite (embedded)', close: async () => (await db.destroy(), await embedded.stop()) };
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
    close: async () => {
      await db.destroy();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
