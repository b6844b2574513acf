// Kysely's Postgres driver, made to take a new connection when the one it got turns out to be dead
// (terminated while idle in the pool, before pg noticed) — but only for statements that cannot have
// changed anything: a transaction's BEGIN and a SELECT outside a transaction. A write, or anything
// inside a transaction, fails as it is; the caller decides (see retry-on-connection-loss.ts).
import {
  PostgresDialect,
  SelectQueryNode,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import { backoffDelayMs, sleep } from './backoff';
import { isConnectionLoss } from './connection-errors';

/** Connections tried for one statement that is safe to repeat, the first included. */
const STATEMENT_ATTEMPTS = 4;

class ReconnectingConnection implements DatabaseConnection {
  inTransaction = false;
  /** False after the current connection went back to the pool and no new one could be had. */
  holding = true;

  constructor(
    private readonly driver: Driver,
    public current: DatabaseConnection,
  ) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const run = () => this.current.executeQuery<R>(query);
    return !this.inTransaction && SelectQueryNode.is(query.query) ? this.onNewConnectionIfLost(run) : run();
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.current.streamQuery<R>(query, chunkSize);
  }

  /** Runs `work`; when its connection was lost, runs it again on a new one, a few times at most. */
  async onNewConnectionIfLost<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        if (attempt >= STATEMENT_ATTEMPTS || !isConnectionLoss(error)) throw error;
        // A dead pg client leaves the pool when released; the pause lets its socket's end arrive.
        this.holding = false;
        await this.driver.releaseConnection(this.current);
        await sleep(backoffDelayMs(attempt));
        this.current = await this.driver.acquireConnection();
        this.holding = true;
      }
    }
  }
}

function reconnecting(connection: DatabaseConnection): ReconnectingConnection {
  if (connection instanceof ReconnectingConnection) return connection;
  throw new Error('A connection from another driver was passed to the reconnecting driver.');
}

class ReconnectingDriver implements Driver {
  constructor(private readonly inner: Driver) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new ReconnectingConnection(this.inner, await this.inner.acquireConnection());
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const own = reconnecting(connection);
    await own.onNewConnectionIfLost(() => this.inner.beginTransaction(own.current, settings));
    own.inTransaction = true;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const own = reconnecting(connection);
    try {
      await this.inner.commitTransaction(own.current);
    } finally {
      own.inTransaction = false;
    }
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const own = reconnecting(connection);
    try {
      await this.inner.rollbackTransaction(own.current);
    } finally {
      own.inTransaction = false;
    }
  }

  async savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    await this.inner.savepoint?.(reconnecting(connection).current, name, compile);
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    await this.inner.rollbackToSavepoint?.(reconnecting(connection).current, name, compile);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    await this.inner.releaseSavepoint?.(reconnecting(connection).current, name, compile);
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const own = reconnecting(connection);
    if (own.holding) await this.inner.releaseConnection(own.current);
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

/** PostgresDialect whose driver reconnects for statements that are safe to repeat. */
export class ReconnectingPostgresDialect extends PostgresDialect {
  override createDriver(): Driver {
    return new ReconnectingDriver(super.createDriver());
  }
}
