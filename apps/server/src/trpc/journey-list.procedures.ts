// The procedures of the journeys list page: filtered list, rename, duplicate, create from a template.
import { listJourneys, loadJourneyListStats, renameJourney } from '@wayfarer/db';
import { journeyTagSchema } from '@wayfarer/journey';
import { locales, sendChannels } from '@wayfarer/nodes';
import { z } from 'zod';
import { createJourneyFromTemplate } from '../journeys/create-from-template';
import { duplicateJourneyDraft } from '../journeys/duplicate-journey';
import { journeyNameSchema } from '../journeys/journey-name';
import { journeyStatusSchema } from '../journeys/journey-status';
import { toJourneyDetail, toJourneyListEntry, toJourneySummary } from '../journeys/journey-views';
import { refreshSavedSegment } from '../segments/refresh-saved';
import { workspaceProcedure } from './trpc';

export const journeyListProcedures = {
  /**
   * Most recently edited first. `search`: part of the name, any case; `status`: only that status;
   * `tag`: only journeys with that tag, any case. Archived journeys are listed only when `status`
   * is `archived`.
   */
  list: workspaceProcedure
    .input(
      z
        .object({
          search: z.string().max(200).optional(),
          status: journeyStatusSchema.optional(),
          tag: journeyTagSchema.optional(),
        })
        .optional(),
    )
    .query(async ({ ctx, input }) =>
      (await listJourneys(ctx.services.db, ctx.workspaceId, input ?? {})).map(toJourneyListEntry),
    ),

  /**
   * Per journey of the list: customers entered, inside now and converted (all versions), and who
   * made the latest change. Apart from `list`, so the names show at once and the counts follow.
   */
  listStats: workspaceProcedure
    .input(z.object({ journeyIds: z.array(z.uuid()).max(500) }))
    .query(({ ctx, input }) => loadJourneyListStats(ctx.services.db, ctx.workspaceId, input.journeyIds)),

  rename: workspaceProcedure
    .input(z.object({ journeyId: z.uuid(), name: journeyNameSchema }))
    .mutation(async ({ ctx, input }) =>
      toJourneySummary(await renameJourney(ctx.services.db, ctx.workspaceId, input.journeyId, input.name)),
    ),

  /** A new draft journey with a copy of the draft and the tags, named `name` or "<name> (copy)". */
  duplicate: workspaceProcedure
    .input(z.object({ journeyId: z.uuid(), name: journeyNameSchema.optional() }))
    .mutation(async ({ ctx, input }) =>
      toJourneyDetail(await duplicateJourneyDraft(ctx.services.db, { workspaceId: ctx.workspaceId, ...input })),
    ),

  /**
   * A new draft journey from a template (texts in `locale`); NOT_FOUND for an unknown template.
   * `channel` is what its messages go out on; `assets`, by the template asset's ref (see
   * `templates.setup`), creates each from its suggestion or uses one the workspace has.
   */
  createFromTemplate: workspaceProcedure
    .input(
      z.object({
        templateId: z.string().min(1).max(100),
        name: journeyNameSchema.optional(),
        locale: z.enum(locales).default('en'),
        channel: z.enum(sendChannels).optional(),
        assets: z
          .record(
            z.string().max(200),
            z.union([z.object({ use: z.string().trim().min(1).max(200) }), z.object({ create: z.literal(true) })]),
          )
          .optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { journey, createdSegments } = await createJourneyFromTemplate(ctx.services, {
        workspaceId: ctx.workspaceId,
        ...input,
      });
      for (const segmentId of createdSegments) await refreshSavedSegment(ctx.services, ctx.workspaceId, segmentId);
      return toJourneyDetail(journey);
    }),
};
