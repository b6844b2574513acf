import type { Db } from '../connect';
import { UnsealedCredentialError } from './channel-credentials.repository';

// The same shape check as the column's CHECK constraint, made early so the mistake has a clear name.
const sealedShape = /^v\d+:[A-Za-z0-9_-]*:[A-Za-z0-9_-]*:[A-Za-z0-9_-]*$/;

/** Stores (or replaces) a sealed secret of the workspace. */
export async function saveWorkspaceSecret(
  db: Db,
  input: { workspaceId: string; name: string; sealedValue: string },
): Promise<void> {
  if (!sealedShape.test(input.sealedValue)) throw new UnsealedCredentialError();
  const now = new Date();
  await db
    .insertInto('workspaceSecrets')
    .values({ ...input, updatedAt: now })
    .onConflict((conflict) =>
      conflict.columns(['workspaceId', 'name']).doUpdateSet({ sealedValue: input.sealedValue, updatedAt: now }),
    )
    .execute();
}

/** The sealed value of one secret, if it is set. */
export async function findWorkspaceSecret(db: Db, workspaceId: string, name: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('workspaceSecrets')
    .select('sealedValue')
    .where('workspaceId', '=', workspaceId)
    .where('name', '=', name)
    .executeTakeFirst();
  return row?.sealedValue;
}

/** Which secrets the workspace has (names and when they changed; never the values). */
export async function listWorkspaceSecrets(db: Db, workspaceId: string): Promise<{ name: string; updatedAt: Date }[]> {
  return db
    .selectFrom('workspaceSecrets')
    .select(['name', 'updatedAt'])
    .where('workspaceId', '=', workspaceId)
    .orderBy('name')
    .execute();
}

/** Removes a secret; true when there was one. */
export async function deleteWorkspaceSecret(db: Db, workspaceId: string, name: string): Promise<boolean> {
  const result = await db
    .deleteFrom('workspaceSecrets')
    .where('workspaceId', '=', workspaceId)
    .where('name', '=', name)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
