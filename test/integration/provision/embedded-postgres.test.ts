import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProvisionError, startEmbeddedPostgres, type EmbeddedPostgres } from '@wayfarer/provision';

// The embedded default of `npm start` is a real PostgreSQL server: separate sessions, concurrent
// transactions that do not see or undo each other, and a cluster that outlives a restart.
let dataDir = '';
let server: EmbeddedPostgres | undefined;

beforeAll(async () => {
  // The cluster is the new folder itself: as root it is handed to the `postgres` user, who could
  // not enter a private folder made for it (mkdtemp's mode is 700).
  dataDir = await mkdtemp(join(tmpdir(), 'wayfarer-embedded-pg-'));
  server = await startEmbeddedPostgres({ dataDir });
});
afterAll(async () => {
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('startEmbeddedPostgres', () => {
  it('keeps concurrent transactions apart: each rollback undoes only its own rows', async () => {
    const url = server!.url;
    await withClient(url, (client) => client.query('create table entries (session int not null, n int not null)'));
    const sessions = Array.from({ length: 12 }, (_, session) =>
      withClient(url, async (client) => {
        await client.query('begin');
        for (let n = 0; n < 20; n++) await client.query('insert into entries values ($1, $2)', [session, n]);
        await client.query(session % 2 === 0 ? 'commit' : 'rollback');
        return (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
      }),
    );
    const pids = await Promise.all(sessions);
    expect(new Set(pids).size).toBe(12);
    const { rows } = await withClient(url, (client) =>
      client.query<{ session: number; count: string }>(
        'select session, count(*) from entries group by session order by session',
      ),
    );
    expect(rows.map((row) => [row.session, Number(row.count)])).toEqual(
      [0, 2, 4, 6, 8, 10].map((session) => [session, 20]),
    );
  });

  it('speaks UTF-8 with Unicode case rules whatever locales the machine has', async () => {
    const { rows } = await withClient(server!.url, (client) =>
      client.query<{ upper: string; encoding: string }>(
        "select upper('ärger 點數') as upper, current_setting('server_encoding') as encoding",
      ),
    );
    expect(rows[0]).toEqual({ upper: 'ÄRGER 點數', encoding: 'UTF8' });
  });

  it('refuses a second server on a running cluster, and keeps the data across a restart', async () => {
    const second = startEmbeddedPostgres({ dataDir });
    await expect(second).rejects.toThrow(ProvisionError);
    await expect(second).rejects.toMatchObject({ code: 'postgres_running' });
    await server!.stop();
    server = await startEmbeddedPostgres({ dataDir });
    const { rows } = await withClient(server.url, (client) =>
      client.query<{ count: string }>('select count(*) from entries'),
    );
    expect(Number(rows[0]!.count)).toBe(120);
  });
});
