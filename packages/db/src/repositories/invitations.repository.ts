import type { Invitation, MemberRole } from '../accounts-schema';
import type { Db } from '../connect';

export async function insertInvitation(
  db: Db,
  input: {
    workspaceId: string;
    email: string;
    role: MemberRole;
    tokenHash: string;
    invitedBy: string;
    expiresAt: Date;
  },
): Promise<Invitation> {
  return db
    .insertInto('invitations')
    .values({ ...input, email: input.email.toLowerCase() })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The invitation with this token hash if it is not accepted, revoked or expired. */
export async function findOpenInvitation(db: Db, tokenHash: string, now: Date): Promise<Invitation | undefined> {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('tokenHash', '=', tokenHash)
    .where('acceptedAt', 'is', null)
    .where('revokedAt', 'is', null)
    .where('expiresAt', '>', now)
    .executeTakeFirst();
}

/** Marks the invitation used; false if someone else used it first (one-time tokens). */
export async function markInvitationAccepted(db: Db, invitationId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ acceptedAt: now })
    .where('id', '=', invitationId)
    .where('acceptedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listOpenInvitations(db: Db, workspaceId: string, now: Date): Promise<Invitation[]> {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('acceptedAt', 'is', null)
    .where('revokedAt', 'is', null)
    .where('expiresAt', '>', now)
    .orderBy('createdAt', 'desc')
    .execute();
}

export async function revokeInvitation(db: Db, workspaceId: string, invitationId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ revokedAt: now })
    .where('id', '=', invitationId)
    .where('workspaceId', '=', workspaceId)
    .where('acceptedAt', 'is', null)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
