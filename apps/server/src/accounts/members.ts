import { countOwners, deleteMember, findMemberRole, revokeMemberSessions, setMemberRole, type Db } from '@wayfarer/db';
import { AccountError } from './account-error';
import { roleAtLeast, type Actor, type Role } from './roles';

// Rules on changing who is in a workspace: only owners touch owners, and a workspace always keeps one.

async function currentRole(db: Db, workspaceId: string, userId: string): Promise<Role> {
  const role = await findMemberRole(db, workspaceId, userId);
  if (role === undefined)
    throw new AccountError('member_not_found', `User ${userId} is not a member of this workspace.`);
  return role;
}

/** Only an owner may grant the owner role or change/remove an owner. */
function assertMayTouch(actor: Actor, targetRole: Role, newRole?: Role): void {
  const touchesOwner = targetRole === 'owner' || newRole === 'owner';
  if (touchesOwner && !roleAtLeast(actor.role, 'owner')) {
    throw new AccountError('owner_protected', 'Only an owner may grant the owner role or change or remove an owner.');
  }
}

async function assertNotLastOwner(db: Db, workspaceId: string, targetRole: Role): Promise<void> {
  if (targetRole === 'owner' && (await countOwners(db, workspaceId)) <= 1) {
    throw new AccountError('last_owner', 'A workspace needs an owner: make someone else owner first.');
  }
}

export async function changeMemberRole(
  db: Db,
  input: { workspaceId: string; actor: Actor; userId: string; role: Role },
): Promise<void> {
  const { workspaceId, actor, userId, role } = input;
  const target = await currentRole(db, workspaceId, userId);
  assertMayTouch(actor, target, role);
  if (role !== 'owner') await assertNotLastOwner(db, workspaceId, target);
  await setMemberRole(db, workspaceId, userId, role);
}

/** Removes the member and ends their sessions in this workspace at once. */
export async function removeMember(
  db: Db,
  input: { workspaceId: string; actor: Actor; userId: string },
): Promise<void> {
  const { workspaceId, actor, userId } = input;
  const target = await currentRole(db, workspaceId, userId);
  assertMayTouch(actor, target);
  await assertNotLastOwner(db, workspaceId, target);
  await deleteMember(db, workspaceId, userId);
  await revokeMemberSessions(db, workspaceId, userId, new Date());
}

/** Only owners may invite owners. */
export function assertMayInvite(actor: Actor, role: Role): void {
  assertMayTouch(actor, 'viewer', role);
}
