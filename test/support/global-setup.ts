import pg from 'pg';
import { adminDatabaseUrl } from './postgres';

/** Fails the run at once, with the fix, when the Postgres server the tests need is not there. */
export default async function globalSetup(): Promise<void> {
  const client = new pg.Client({ connectionString: adminDatabaseUrl(), connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `Integration tests need a Postgres server at ${adminDatabaseUrl()} (set TEST_DATABASE_URL). ` +
        `On Debian: apt-get install postgresql && pg_ctlcluster 15 main start. Cause: ${String(error)}`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
