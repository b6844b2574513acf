// A pool whose connections die under it (pg_terminate_backend, a restart, a failover) keeps the
// process alive, reconnects, and repeats an idempotent transaction that lost its connection.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, pingDatabase, retryOnConnectionLoss, type Db } from '@wayfarer/db';
import { closedPort } from '../channels/http-sink';
import { eventually } from '../../support/eventually';
import { countBackends, createTestDatabase, terminateBackends, type TestDatabase } from '../../support/postgres';

describe('a pool whose connections are terminated', () => {
  let database: TestDatabase;
  let db: Db;
  const lost: Error[] = [];
  beforeAll(async () => {
    database = await createTestDatabase('dropped');
    db = createDb({ url: database.url, maxConnections: 6, onConnectionLost: (error) => lost.push(error) });
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  // Six statements at once make the pool open six connections, which then sit idle.
  const fillPool = () => Promise.all(Array.from({ length: 6 }, async () => sql`select pg_sleep(0.05)`.execute(db)));

  it('survives its idle connections being terminated and answers the next query', async () => {
    await fillPool();
    const before = lost.length;
    expect(await terminateBackends(database)).toBeGreaterThanOrEqual(6);
    // Each idle client hears of it ("terminating connection due to administrator command").
    await eventually(async () => (lost.length >= before + 1 ? true : undefined), 10_000);
    expect(lost.some((error) => (error as { code?: string }).code === '57P01')).toBe(true);
    // A read may meet a connection that died before pg noticed: it runs again on a new one.
    expect(await db.selectFrom('workspaces').select('id').execute()).toEqual([]);
    expect(await pingDatabase(db)).toMatchObject({ ok: true });
  });

  it('repeats a transaction whose connection died in it, once, and keeps what it wrote once', async () => {
    let tries = 0;
    const name = `retried-${Date.now()}`;
    await retryOnConnectionLoss(() =>
      db.transaction().execute(async (trx) => {
        tries++;
        await trx.insertInto('workspaces').values({ name }).execute();
        // The first try loses its connection between two statements of the transaction.
        if (tries === 1) await sql`select pg_terminate_backend(pg_backend_pid())`.execute(trx);
      }),
    );
    expect(tries).toBe(2);
    const rows = await db.selectFrom('workspaces').select('id').where('name', '=', name).execute();
    expect(rows).toHaveLength(1);
  });

  it('does not repeat a statement Postgres refused', async () => {
    let tries = 0;
    await expect(
      retryOnConnectionLoss(async () => {
        tries++;
        await sql`select 1 / 0`.execute(db);
      }),
    ).rejects.toMatchObject({ code: '22012' });
    expect(tries).toBe(1);
  });

  it('closes every connection before destroy resolves, so a forced drop meets none', async () => {
    const other = createDb({ url: database.url, maxConnections: 6, onConnectionLost: (error) => lost.push(error) });
    await Promise.all(Array.from({ length: 6 }, async () => sql`select pg_sleep(0.05)`.execute(other)));
    const before = await countBackends(database);
    await other.destroy();
    expect(before - (await countBackends(database))).toBe(6);
  });
});

describe('a database that is down', () => {
  it('retries connecting with backoff within its budget, then fails with the cause', async () => {
    const port = await closedPort();
    const lost: Error[] = [];
    const db = createDb({
      url: `postgres://postgres:postgres@127.0.0.1:${port}/nowhere`,
      reconnectBudgetMs: 600,
      onConnectionLost: (error) => lost.push(error),
    });
    const started = Date.now();
    await expect(sql`select 1`.execute(db)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    // Several attempts, spread over most of the budget, not one at once.
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(await pingDatabase(db, 200)).toEqual({ ok: false, error: 'timeout' });
    await db.destroy();
  });
});
