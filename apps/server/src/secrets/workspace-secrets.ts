// The workspace secrets admin API's logic: node packages read these by name at run time
// (`secrets.require('acme.crm.token')`); admins set, replace and delete them here. A value is sealed
// before it is stored and never leaves again — not in an answer, the audit log or a log line.
import { TRPCError } from '@trpc/server';
import { secretKeyVariable, type SecretBox } from '@wayfarer/channels';
import {
  deleteWorkspaceSecret,
  findWorkspaceSecret,
  listWorkspaceSecrets,
  saveWorkspaceSecret,
  type Db,
  type WorkspaceSecretSummary,
} from '@wayfarer/db';
import { sealWorkspaceSecret } from '@wayfarer/node-services';
import { secretNameSchema, secretValueSchema } from '@wayfarer/nodes';
import { z } from 'zod';

export const secretRefSchema = z.object({ name: secretNameSchema });
// `secretValue`, not `value`: the audit and log redactors censor fields named like a secret.
export const setSecretSchema = secretRefSchema.extend({ secretValue: secretValueSchema });

/** What the API shows of a secret. */
function toSecretView(secret: WorkspaceSecretSummary) {
  return {
    name: secret.name,
    createdAt: secret.createdAt.toISOString(),
    updatedAt: secret.updatedAt.toISOString(),
    setBy: secret.setBy,
  };
}

export type WorkspaceSecretView = ReturnType<typeof toSecretView>;

export async function listSecrets(db: Db, workspaceId: string): Promise<WorkspaceSecretView[]> {
  return (await listWorkspaceSecrets(db, workspaceId)).map(toSecretView);
}

/** Creates the secret or replaces its value; `replaced` says which. */
export async function setSecret(
  services: { db: Db; secretBox?: SecretBox | undefined },
  workspaceId: string,
  input: z.output<typeof setSecretSchema>,
): Promise<{ name: string; replaced: boolean }> {
  const box = services.secretBox;
  if (!box) {
    throw new TRPCError({
      code: 'PRECONDITION_FAILED',
      message: `Secrets cannot be saved: ${secretKeyVariable} is not set on the server.`,
    });
  }
  const sealedValue = sealWorkspaceSecret(box, workspaceId, input.name, input.secretValue);
  const replaced = (await findWorkspaceSecret(services.db, workspaceId, input.name)) !== undefined;
  await saveWorkspaceSecret(services.db, { workspaceId, name: input.name, sealedValue });
  return { name: input.name, replaced };
}

export async function deleteSecret(db: Db, workspaceId: string, name: string): Promise<{ name: string }> {
  if (!(await deleteWorkspaceSecret(db, workspaceId, name))) {
    throw new TRPCError({ code: 'NOT_FOUND', message: `The workspace has no secret named “${name}”.` });
  }
  return { name };
}
