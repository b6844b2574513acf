// One-time codes that prove a phone number belongs to a LINE user. Only a code's hash is stored;
// wrong tries are counted in the database so concurrent guesses cannot exceed the cap.
import { sql } from 'kysely';
import type { Db } from '../connect';
import type { PhoneVerification } from '../liff-schema';

export interface NewPhoneVerification {
  workspaceId: string;
  formId: string;
  lineUserId: string;
  phone: string;
  codeHash: string;
  expiresAt: Date;
}

export async function insertPhoneVerification(db: Db, input: NewPhoneVerification): Promise<PhoneVerification> {
  return db.insertInto('phoneVerifications').values(input).returningAll().executeTakeFirstOrThrow();
}

/** The newest unverified code sent to `phone` for this LINE user, expired or not. */
export async function findPendingVerification(
  db: Db,
  key: { workspaceId: string; lineUserId: string; phone: string },
): Promise<PhoneVerification | undefined> {
  return db
    .selectFrom('phoneVerifications')
    .selectAll()
    .where('workspaceId', '=', key.workspaceId)
    .where('lineUserId', '=', key.lineUserId)
    .where('phone', '=', key.phone)
    .where('verifiedAt', 'is', null)
    .orderBy('createdAt', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Takes one try of the code, atomically: undefined when it has no try left (`maxAttempts` taken),
 * else the tries taken counting this one.
 */
export async function takeVerificationAttempt(db: Db, id: string, maxAttempts: number): Promise<number | undefined> {
  const row = await db
    .updateTable('phoneVerifications')
    .set({ attempts: sql`attempts + 1` })
    .where('id', '=', id)
    .where('attempts', '<', maxAttempts)
    .where('verifiedAt', 'is', null)
    .returning('attempts')
    .executeTakeFirst();
  return row?.attempts;
}

export async function markPhoneVerified(db: Db, id: string): Promise<void> {
  await db.updateTable('phoneVerifications').set({ verifiedAt: new Date() }).where('id', '=', id).execute();
}
