import { sql, type Kysely } from 'kysely';
import type { Database } from '@wayfarer/db';

/**
 * A connection pool or a transaction: every loyalty function takes one, so a journey step can run it
 * inside the step's own transaction (its writes then commit with the step's receipt, or not at all).
 */
export type LoyaltyDb = Kysely<Database>;

/** Runs `work` in the caller's transaction, or in a new one when given a pool. */
export async function inTransaction<T>(db: LoyaltyDb, work: (trx: LoyaltyDb) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  return db.transaction().execute(work);
}

/** Serialises transactions on `key` until the current one ends (call inside a transaction). */
export async function lockKey(trx: LoyaltyDb, key: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
}
