import { sql } from 'kysely';
import type { Db } from '@wayfarer/db';

/**
 * Serialises the transactions of one step visit (its idempotency key) until the transaction ends.
 * Held only by short transactions: never across a node's external call.
 */
export async function lockStepVisit(trx: Db, idempotencyKey: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${idempotencyKey}, 0))`.execute(trx);
}
