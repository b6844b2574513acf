import type { MemberRole } from '../accounts-schema';
import type { Db } from '../connect';

export interface MemberView {
  userId: string;
  email: string;
  name: string;
  role: MemberRole;
  joinedAt: Date;
}

/** Adds the user to the workspace, or changes their role if they are already a member. */
export async function upsertMember(db: Db, workspaceId: string, userId: string, role: MemberRole): Promise<void> {
  await db
    .insertInto('workspaceMembers')
    .values({ workspaceId, userId, role })
    .onConflict((oc) => oc.columns(['workspaceId', 'userId']).doUpdateSet({ role }))
    .execute();
}

export async function findMemberRole(db: Db, workspaceId: string, userId: string): Promise<MemberRole | undefined> {
  const row = await db
    .selectFrom('workspaceMembers')
    .select('role')
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return row?.role;
}

export async function listMembers(db: Db, workspaceId: string): Promise<MemberView[]> {
  return db
    .selectFrom('workspaceMembers')
    .innerJoin('users', 'users.id', 'workspaceMembers.userId')
    .select([
      'workspaceMembers.userId',
      'users.email',
      'users.name',
      'workspaceMembers.role',
      'workspaceMembers.createdAt as joinedAt',
    ])
    .where('workspaceMembers.workspaceId', '=', workspaceId)
    .orderBy('workspaceMembers.createdAt')
    .execute();
}

/** The workspaces a user belongs to, oldest membership first (the one a sign-in opens). */
export async function listUserWorkspaces(
  db: Db,
  userId: string,
): Promise<{ workspaceId: string; name: string; role: MemberRole }[]> {
  return db
    .selectFrom('workspaceMembers')
    .innerJoin('workspaces', 'workspaces.id', 'workspaceMembers.workspaceId')
    .select(['workspaceMembers.workspaceId', 'workspaces.name', 'workspaceMembers.role'])
    .where('workspaceMembers.userId', '=', userId)
    .orderBy('workspaceMembers.createdAt')
    .execute();
}

export async function countOwners(db: Db, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('workspaceMembers')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('workspaceId', '=', workspaceId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function setMemberRole(db: Db, workspaceId: string, userId: string, role: MemberRole): Promise<void> {
  await db
    .updateTable('workspaceMembers')
    .set({ role })
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .execute();
}

export async function deleteMember(db: Db, workspaceId: string, userId: string): Promise<void> {
  await db.deleteFrom('workspaceMembers').where('workspaceId', '=', workspaceId).where('userId', '=', userId).execute();
}

export async function findWorkspaceSummary(
  db: Db,
  workspaceId: string,
): Promise<{ id: string; name: string; requireApproval: boolean } | undefined> {
  return db
    .selectFrom('workspaces')
    .select(['id', 'name', 'requireApproval'])
    .where('id', '=', workspaceId)
    .executeTakeFirst();
}
