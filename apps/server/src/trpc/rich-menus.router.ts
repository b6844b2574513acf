// LINE rich menus of the workspace: list, create (image uploaded first to /v1/rich-menu-images),
// set the default, delete, and the rule giving customers a menu by tier or segment.
import { richMenuDefinitionSchema } from '@wayfarer/channels/spec';
import { z } from 'zod';
import { createMenu, deleteMenu, getRules, listMenus, saveRules, setDefaultMenu } from '../rich-menus/rich-menus';
import { router, workspaceProcedure } from './trpc';

const menuRef = z.object({ id: z.uuid() });

const ruleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tier'), tierKey: z.string().trim().min(1, 'Choose a tier'), richMenuId: z.uuid() }),
  z.object({ kind: z.literal('segment'), segmentId: z.uuid('Choose a segment'), richMenuId: z.uuid() }),
]);

export const richMenusRouter = router({
  list: workspaceProcedure.query(({ ctx }) => listMenus(ctx.services, ctx.workspaceId)),

  create: workspaceProcedure
    .input(richMenuDefinitionSchema.and(z.object({ imageId: z.uuid('Upload the image first') })))
    .mutation(({ ctx, input }) => createMenu(ctx.services, ctx.workspaceId, input)),

  /** `id: null` clears the default. */
  setDefault: workspaceProcedure
    .input(z.object({ id: z.uuid().nullable() }))
    .mutation(({ ctx, input }) => setDefaultMenu(ctx.services, ctx.workspaceId, input.id)),

  delete: workspaceProcedure
    .input(menuRef)
    .mutation(({ ctx, input }) => deleteMenu(ctx.services, ctx.workspaceId, input.id)),

  rules: workspaceProcedure.query(({ ctx }) => getRules(ctx.services, ctx.workspaceId)),

  /** The ordered rule: the first line that holds for a customer picks their menu; none: the default. */
  saveRules: workspaceProcedure
    .input(z.object({ rules: z.array(ruleSchema).max(50) }))
    .mutation(({ ctx, input }) => saveRules(ctx.services, ctx.workspaceId, input.rules)),
});
