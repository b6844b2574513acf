// The journeys list's tags: set a journey's, and the workspace's with their counts for the filter.
import { listJourneyTagCounts, setJourneyTags } from '@wayfarer/db';
import { journeyTagsSchema } from '@wayfarer/journey';
import { z } from 'zod';
import { journeyStatusSchema } from '../journeys/journey-status';
import { toJourneySummary } from '../journeys/journey-views';
import { workspaceProcedure } from './trpc';

export const journeyTagProcedures = {
  /**
   * Replaces the journey's tags, in the order given: each trimmed, 1–40 characters, no invisible
   * characters, none twice in any case, at most 20 (else BAD_REQUEST naming `tags.<index>`).
   * Tagging is not editing: the journey's `updatedAt` stays.
   */
  setTags: workspaceProcedure
    .input(z.object({ journeyId: z.uuid(), tags: journeyTagsSchema }))
    .mutation(async ({ ctx, input }) =>
      toJourneySummary(await setJourneyTags(ctx.services.db, { workspaceId: ctx.workspaceId, ...input })),
    ),

  /**
   * The tags of the journeys `list` shows for `status` (none: all but archived), with how many
   * journeys carry each, most used first; "VIP" and "vip" count as one.
   */
  listTags: workspaceProcedure
    .input(z.object({ status: journeyStatusSchema.optional() }).optional())
    .query(({ ctx, input }) => listJourneyTagCounts(ctx.services.db, ctx.workspaceId, input ?? {})),
};
