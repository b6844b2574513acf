import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../connect';
import type { TestSend, TestSendsTable } from '../messaging-schema';

/**
 * Records a test send under its idempotency key: the row written now, or the one an earlier
 * attempt of the same click wrote (`created: false`), which decides what happens next.
 */
export async function claimTestSend(
  db: Db,
  row: Insertable<TestSendsTable>,
): Promise<{ created: boolean; row: TestSend }> {
  const inserted = await db
    .insertInto('testSends')
    .values(row)
    .onConflict((conflict) => conflict.column('idempotencyKey').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return { created: true, row: inserted };
  const existing = await db
    .selectFrom('testSends')
    .selectAll()
    .where('idempotencyKey', '=', row.idempotencyKey)
    .executeTakeFirstOrThrow();
  return { created: false, row: existing };
}

/** Sets the outcome of the test send with this key. */
export async function updateTestSend(
  db: Db,
  idempotencyKey: string,
  patch: Pick<Updateable<TestSendsTable>, 'status' | 'reason' | 'detail' | 'providerMessageId'>,
): Promise<TestSend> {
  return db
    .updateTable('testSends')
    .set({ ...patch, updatedAt: new Date() })
    .where('idempotencyKey', '=', idempotencyKey)
    .returningAll()
    .executeTakeFirstOrThrow();
}
