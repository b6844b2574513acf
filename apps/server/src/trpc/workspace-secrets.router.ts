import { deleteSecret, listSecrets, secretRefSchema, setSecret, setSecretSchema } from '../secrets/workspace-secrets';
import { router, workspaceProcedure } from './trpc';

/**
 * The workspace's secrets, the credentials node packages read by name (admins only). Names and who
 * set them are listed; a value is write-only. Set and delete are audited under `workspace_secret`.
 */
export const workspaceSecretsRouter = router({
  list: workspaceProcedure.meta({ role: 'admin' }).query(({ ctx }) => listSecrets(ctx.services.db, ctx.workspaceId)),

  /** Creates the secret, or replaces the value of the one with this name. */
  set: workspaceProcedure
    .meta({ role: 'admin' })
    .input(setSecretSchema)
    .mutation(({ ctx, input }) => setSecret(ctx.services, ctx.workspaceId, input)),

  delete: workspaceProcedure
    .meta({ role: 'admin' })
    .input(secretRefSchema)
    .mutation(({ ctx, input }) => deleteSecret(ctx.services.db, ctx.workspaceId, input.name)),
});
