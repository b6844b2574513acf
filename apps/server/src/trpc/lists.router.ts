// Static lists: segments whose members come from files (imports with a list target append,
// replace or remove them). Listed, renamed and archived with the segments; created here.
import { createList } from '@wayfarer/db';
import { segmentDefinitionSchema } from '@wayfarer/segments';
import { ensureSegmentRefreshSchedule } from '@wayfarer/routing';
import { z } from 'zod';
import { router, workspaceProcedure } from './trpc';

export const listsRouter = router({
  /** A new, empty list; fill it with `imports.start({ list: { listId, mode: 'append' } })`. */
  create: workspaceProcedure
    .input(z.object({ name: segmentDefinitionSchema.shape.name, description: z.string().max(1000).default('') }))
    .mutation(async ({ ctx, input }) => {
      const list = await createList(ctx.services.db, ctx.workspaceId, input);
      // Rule segments may name the list, and they are refreshed hourly like any other.
      await ensureSegmentRefreshSchedule(ctx.services.temporal, {
        workspaceId: ctx.workspaceId,
        taskQueue: ctx.services.taskQueue,
      });
      return {
        ...list,
        createdAt: list.createdAt.toISOString(),
        updatedAt: list.updatedAt.toISOString(),
        archivedAt: null,
        refreshedAt: null,
      };
    }),
});
