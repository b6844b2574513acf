import type { Session } from '../accounts-schema';
import type { Db } from '../connect';

export async function insertSession(
  db: Db,
  input: { tokenHash: string; userId: string; workspaceId: string; now: Date; expiresAt: Date },
): Promise<Session> {
  return db
    .insertInto('sessions')
    .values({
      tokenHash: input.tokenHash,
      userId: input.userId,
      workspaceId: input.workspaceId,
      createdAt: input.now,
      lastSeenAt: input.now,
      expiresAt: input.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The session with this token hash if it is not revoked, not past its end and not idle too long. */
export async function findLiveSession(
  db: Db,
  tokenHash: string,
  now: Date,
  idleMs: number,
): Promise<Session | undefined> {
  const session = await db
    .selectFrom('sessions')
    .selectAll()
    .where('tokenHash', '=', tokenHash)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  if (!session) return undefined;
  if (session.expiresAt.getTime() <= now.getTime()) return undefined;
  if (session.lastSeenAt.getTime() + idleMs <= now.getTime()) return undefined;
  return session;
}

export async function touchSession(db: Db, sessionId: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ lastSeenAt: now }).where('id', '=', sessionId).execute();
}

export async function revokeSession(db: Db, sessionId: string, now: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revokedAt: now })
    .where('id', '=', sessionId)
    .where('revokedAt', 'is', null)
    .execute();
}

/** Ends every live session of the user, in every workspace ("log out everywhere"). */
export async function revokeUserSessions(db: Db, userId: string, now: Date): Promise<number> {
  const result = await db
    .updateTable('sessions')
    .set({ revokedAt: now })
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Ends a user's sessions in one workspace (removed from it). */
export async function revokeMemberSessions(db: Db, workspaceId: string, userId: string, now: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revokedAt: now })
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .execute();
}

export async function recordSignInFailure(db: Db, attemptKey: string, now: Date): Promise<void> {
  await db.insertInto('signInFailures').values({ attemptKey, failedAt: now }).execute();
}

export async function countSignInFailures(db: Db, attemptKey: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('signInFailures')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('attemptKey', '=', attemptKey)
    .where('failedAt', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function clearSignInFailures(db: Db, attemptKey: string): Promise<void> {
  await db.deleteFrom('signInFailures').where('attemptKey', '=', attemptKey).execute();
}
