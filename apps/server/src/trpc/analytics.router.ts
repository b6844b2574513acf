// Journey analytics for the editor and reports: per-node counts (also live, over SSE), the
// journey overview and a CSV export. Another workspace's journey is NOT_FOUND.
import { resolveReportVersion } from '@wayfarer/db';
import { z } from 'zod';
import { exportNodeStatsCsv } from '../analytics/export-csv';
import { liveNodeStats } from '../analytics/live-node-stats';
import { buildNodeStats, type NodeStats } from '../analytics/node-stats';
import { buildOverview } from '../analytics/overview';
import { statsRangeSchema } from '../analytics/stats-input';
import { router, workspaceProcedure } from './trpc';

const journeyInput = z.object({ journeyId: z.uuid() });
const rangedJourneyInput = journeyInput.extend(statsRangeSchema.shape);

export const analyticsRouter = router({
  /** Visits entered / left by port in the window, waiting now, and failures, per node of a version (default: live, else newest). */
  nodeStats: workspaceProcedure
    .input(rangedJourneyInput.extend({ versionId: z.uuid().optional() }))
    .query(({ ctx, input }) => buildNodeStats(ctx.services, { ...input, workspaceId: ctx.workspaceId })),

  /** The cohort that entered in the window (all versions), its conversion, messages and a daily series. */
  overview: workspaceProcedure
    .input(rangedJourneyInput)
    .query(({ ctx, input }) => buildOverview(ctx.services, { ...input, workspaceId: ctx.workspaceId })),

  /** Node stats without a window: at once, then after every change (SSE; `connectionParams.authorization` authenticates). */
  live: workspaceProcedure
    .input(journeyInput.extend({ versionId: z.uuid().optional() }))
    .subscription(async function* ({ ctx, input, signal }): AsyncGenerator<NodeStats, void, unknown> {
      const scope = { workspaceId: ctx.workspaceId, journeyId: input.journeyId };
      const versionId = await resolveReportVersion(ctx.services.db, { ...scope, versionId: input.versionId });
      yield* liveNodeStats(ctx.services, { ...scope, versionId }, signal ?? new AbortController().signal);
    }),

  /** The node stats as CSV text with a file name, for the UI to download. */
  exportCsv: workspaceProcedure
    .input(rangedJourneyInput)
    .query(({ ctx, input }) => exportNodeStatsCsv(ctx.services, { ...input, workspaceId: ctx.workspaceId })),
});
