// Data retention: how long the workspace keeps raw events, step events and messages, and what the
// daily runs deleted (docs/data-retention.md).
import { getDataRetention, putRetentionSettings, retentionSettingsSchema } from '../retention/retention-settings';
import { router, workspaceProcedure } from './trpc';

export const retentionRouter = router({
  get: workspaceProcedure.query(({ ctx }) => getDataRetention(ctx.services.db, ctx.workspaceId)),
  /** Days below a table's minimum or above 3,650 are a 400 naming the field. */
  save: workspaceProcedure
    .meta({ role: 'admin' })
    .input(retentionSettingsSchema)
    .mutation(({ ctx, input }) => putRetentionSettings(ctx.services.db, ctx.workspaceId, input)),
});
