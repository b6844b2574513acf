import type { Db } from '../connect';

/** Creates a workspace; everything else in the database belongs to one. */
export async function createWorkspace(db: Db, name: string): Promise<{ id: string; name: string }> {
  return db.insertInto('workspaces').values({ name }).returning(['id', 'name']).executeTakeFirstOrThrow();
}

export async function findWorkspaceByName(db: Db, name: string): Promise<{ id: string; name: string } | undefined> {
  return db
    .selectFrom('workspaces')
    .select(['id', 'name'])
    .where('name', '=', name)
    .orderBy('createdAt')
    .executeTakeFirst();
}
