import {
  createUser,
  findOpenInvitation,
  findMemberRole,
  findUserByEmail,
  insertInvitation,
  markInvitationAccepted,
  upsertMember,
  type Db,
  type Invitation,
} from '@wayfarer/db';
import { AccountError } from './account-error';
import { passwordSchema } from './inputs';
import { hashPassword, verifyPassword } from './password';
import { roleAtLeast, type Actor, type Role } from './roles';
import { INVITATION_TTL_MS } from './session-policy';
import { hashToken, newToken } from './tokens';

/** The web page that accepts an invitation; the token travels in the fragment, never to server logs. */
export function invitationPath(token: string): string {
  return `/accept-invitation#${token}`;
}

export async function createInvitation(
  db: Db,
  input: { workspaceId: string; email: string; role: Role; invitedBy: Actor; now?: Date },
): Promise<{ invitation: Invitation; token: string; path: string }> {
  const now = input.now ?? new Date();
  const token = newToken();
  const invitation = await insertInvitation(db, {
    workspaceId: input.workspaceId,
    email: input.email,
    role: input.role,
    tokenHash: hashToken(token),
    invitedBy: `${input.invitedBy.type}:${input.invitedBy.id}`,
    expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
  });
  return { invitation, token, path: invitationPath(token) };
}

export async function openInvitation(db: Db, token: string, now = new Date()): Promise<Invitation> {
  const invitation = await findOpenInvitation(db, hashToken(token), now);
  if (!invitation) throw new AccountError('invitation_invalid', 'This invitation link is invalid, used or expired.');
  return invitation;
}

export interface AcceptInput {
  token: string;
  password: string;
  /** Needed when the invitee has no account yet. */
  name?: string | undefined;
  /** The user already signed in in this browser, if any: they join without retyping a password. */
  signedInUserId?: string | undefined;
}

/**
 * Joins the invitation's workspace with its role: a new account (name + password) or an existing
 * one (its password, or the session of the same user). The token works once.
 */
export async function acceptInvitation(db: Db, input: AcceptInput): Promise<{ userId: string; workspaceId: string }> {
  const invitation = await openInvitation(db, input.token);
  const existing = await findUserByEmail(db, invitation.email);
  if (!existing && !passwordSchema.safeParse(input.password).success) {
    throw new AccountError('weak_password', 'Choose a password of at least 10 characters.');
  }
  const newHash = existing ? undefined : await hashPassword(input.password);
  if (
    existing &&
    existing.id !== input.signedInUserId &&
    !(await verifyPassword(input.password, existing.passwordHash))
  ) {
    throw new AccountError(
      'invitation_needs_password',
      `${invitation.email} already has an account: enter its password.`,
    );
  }
  return db.transaction().execute(async (trx) => {
    if (!(await markInvitationAccepted(trx, invitation.id, new Date()))) {
      throw new AccountError('invitation_invalid', 'This invitation was already used.');
    }
    let userId = existing?.id;
    if (userId === undefined) {
      const name = input.name ?? invitation.email.split('@')[0] ?? invitation.email;
      userId = (await createUser(trx, { email: invitation.email, name, passwordHash: newHash ?? '' })).id;
    }
    // Joining never demotes: an existing member keeps a higher role.
    const current = await findMemberRole(trx, invitation.workspaceId, userId);
    if (current === undefined || !roleAtLeast(current, invitation.role)) {
      await upsertMember(trx, invitation.workspaceId, userId, invitation.role);
    }
    return { userId, workspaceId: invitation.workspaceId };
  });
}
