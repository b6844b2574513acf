import type { Insertable } from 'kysely';
import type { Db } from '../connect';
import type { SendDeferralsTable } from '../messaging-schema';

/** Records that a step visit's send was held back; a later deferral of the same visit adds nothing. */
export async function recordSendDeferral(db: Db, deferral: Insertable<SendDeferralsTable>): Promise<void> {
  await db
    .insertInto('sendDeferrals')
    .values(deferral)
    .onConflict((conflict) => conflict.column('idempotencyKey').doNothing())
    .execute();
}
