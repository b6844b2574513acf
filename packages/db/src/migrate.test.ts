import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest, MigrationError } from './migrate';

// A database whose every connection attempt fails with `thrown`, as a driver may throw a non-Error.
function unreachableDb(thrown: unknown): Kysely<unknown> {
  class FailingDriver extends DummyDriver {
    override acquireConnection(): never {
      throw thrown;
    }
  }
  return new Kysely({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new FailingDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
}

describe('migrateToLatest', () => {
  it('wraps an Error, keeping it as the cause', async () => {
    const cause = new Error('connection refused');
    const failure = migrateToLatest(unreachableDb(cause));
    await expect(failure).rejects.toThrow(MigrationError);
    await expect(failure).rejects.toMatchObject({ message: 'Database migration failed: connection refused', cause });
  });

  it('describes a thrown value that is not an Error instead of printing [object Object]', async () => {
    const failure = migrateToLatest(unreachableDb({ code: 'ECONNREFUSED' }));
    await expect(failure).rejects.toMatchObject({
      code: 'migration_failed',
      message: "Database migration failed: { code: 'ECONNREFUSED' }",
      cause: { code: 'ECONNREFUSED' },
    });
  });
});
