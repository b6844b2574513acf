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

/** Takes every lock of `keys` until the current transaction ends, in sorted order (no deadlocks between callers that do the same). */
export async function lockKeys(trx: LoyaltyDb, keys: readonly string[]): Promise<void> {
  const sorted = [...new Set(keys)].sort();
  if (sorted.length === 1 && sorted[0] !== undefined) return lockKey(trx, sorted[0]);
  if (sorted.length === 0) return;
  await sql`select count(pg_advisory_xact_lock(hashtextextended(k, 0)))
    from (select k from unnest(${sorted}::text[]) as k order by k) as sorted`.execute(trx);
}
