import { sql } from 'kysely';
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

/** A secret as the admin screen lists it: never its value. */
export interface WorkspaceSecretSummary {
  name: string;
  createdAt: Date;
  updatedAt: Date;
  /**
   * Who set the current value, from the audit log; null when no entry records it (set outside the
   * API). `name` is null for someone no longer a member, as the audit log shows them.
   */
  setBy: { type: 'user' | 'api_key' | 'system'; name: string | null } | null;
}

/** Which secrets the workspace has, by name, with who set each one last (never the values). */
export async function listWorkspaceSecrets(db: Db, workspaceId: string): Promise<WorkspaceSecretSummary[]> {
  const { rows } = await sql<{
    name: string;
    createdAt: Date;
    updatedAt: Date;
    actorType: 'user' | 'api_key' | 'system' | null;
    actorName: string | null;
  }>`
    select s.name, s.created_at as "createdAt", s.updated_at as "updatedAt", a.actor_type as "actorType",
      coalesce(u.name, k.name) as "actorName"
    from workspace_secrets s
    left join lateral (
      select actor_type, actor_id from audit_log
      where workspace_id = s.workspace_id and entity_type = 'workspace_secret' and entity_id = s.name
        and action = 'workspaceSecrets.set'
      order by at desc, id desc limit 1
    ) a on true
    left join workspace_members wm on a.actor_type = 'user' and wm.workspace_id = s.workspace_id
      and wm.user_id::text = a.actor_id
    left join users u on u.id = wm.user_id
    left join api_keys k on a.actor_type = 'api_key' and k.id::text = a.actor_id and k.workspace_id = s.workspace_id
    where s.workspace_id = ${workspaceId}::uuid
    order by s.name`.execute(db);
  return rows.map(({ actorType, actorName, ...secret }) => ({
    ...secret,
    setBy: actorType === null ? null : { type: actorType, name: actorName },
  }));
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
