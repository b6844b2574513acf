import { createApiKey, findApiKey, listApiKeys, revokeApiKey, rotateApiKey, type ApiKeySummary } from '@wayfarer/db';
import { z } from 'zod';
import { router, workspaceProcedure } from './trpc';

const keyRef = z.object({ id: z.uuid() });

/** What the API shows of a key: never the key itself nor its hash. */
function toApiKeyView(key: ApiKeySummary) {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    scope: key.scope,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}

export type ApiKeyView = ReturnType<typeof toApiKeyView>;

/**
 * The workspace's API keys (admins). The clear key is in the answer of `create` and `rotate` only.
 * Revocation — also of the old key on `rotate` — takes effect on this process's next request: tRPC
 * reads `revoked_at` every time and the ingest API's key cache is emptied. Other server processes'
 * ingest APIs refuse the key within KEY_CACHE_MS (auth/api-key-cache.ts).
 */
export const apiKeysRouter = router({
  list: workspaceProcedure
    .meta({ role: 'admin' })
    .query(async ({ ctx }) => (await listApiKeys(ctx.services.db, ctx.workspaceId)).map(toApiKeyView)),

  create: workspaceProcedure
    .meta({ role: 'admin' })
    .input(z.object({ name: z.string().trim().min(1).max(100), scope: z.enum(['ingest', 'full']) }))
    .mutation(async ({ ctx, input }) => {
      const { id, key } = await createApiKey(ctx.services.db, { workspaceId: ctx.workspaceId, ...input });
      const created = await findApiKey(ctx.services.db, ctx.workspaceId, id);
      if (!created) throw new Error('The new API key was not stored.');
      return { ...toApiKeyView(created), key };
    }),

  /** A new key with the same name and scope; the old one is revoked at once (no grace period). */
  rotate: workspaceProcedure
    .meta({ role: 'admin' })
    .input(keyRef)
    .mutation(async ({ ctx, input }) => {
      const { created, replaced, key } = await rotateApiKey(ctx.services.db, ctx.workspaceId, input.id);
      ctx.services.ingestKeys.forget();
      return { ...toApiKeyView(created), key, replacedId: replaced.id };
    }),

  revoke: workspaceProcedure
    .meta({ role: 'admin' })
    .input(keyRef)
    .mutation(async ({ ctx, input }) => {
      const revoked = await revokeApiKey(ctx.services.db, ctx.workspaceId, input.id);
      ctx.services.ingestKeys.forget();
      return toApiKeyView(revoked);
    }),
});
