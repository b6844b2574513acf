// The procedures of the journeys list page: filtered list, rename, duplicate, create from a template.
import { listJourneys, renameJourney } from '@wayfarer/db';
import { locales } from '@wayfarer/nodes';
import { z } from 'zod';
import { createJourneyFromTemplate } from '../journeys/create-from-template';
import { duplicateJourneyDraft } from '../journeys/duplicate-journey';
import { journeyNameSchema } from '../journeys/journey-name';
import { journeyStatusSchema } from '../journeys/journey-status';
import { toJourneyDetail, toJourneyListEntry, toJourneySummary } from '../journeys/journey-views';
import { workspaceProcedure } from './trpc';

export const journeyListProcedures = {
  /**
   * Most recently edited first. `search`: part of the name, any case; `status`: only that status.
   * Archived journeys are listed only when `status` is `archived`.
   */
  list: workspaceProcedure
    .input(z.object({ search: z.string().max(200).optional(), status: journeyStatusSchema.optional() }).optional())
    .query(async ({ ctx, input }) =>
      (await listJourneys(ctx.services.db, ctx.workspaceId, input ?? {})).map(toJourneyListEntry),
    ),

  rename: workspaceProcedure
    .input(z.object({ journeyId: z.uuid(), name: journeyNameSchema }))
    .mutation(async ({ ctx, input }) =>
      toJourneySummary(await renameJourney(ctx.services.db, ctx.workspaceId, input.journeyId, input.name)),
    ),

  /** A new draft journey with a copy of the draft, named `name` or "<name> (copy)". */
  duplicate: workspaceProcedure
    .input(z.object({ journeyId: z.uuid(), name: journeyNameSchema.optional() }))
    .mutation(async ({ ctx, input }) =>
      toJourneyDetail(await duplicateJourneyDraft(ctx.services.db, { workspaceId: ctx.workspaceId, ...input })),
    ),

  /** A new draft journey from a template (texts in `locale`); NOT_FOUND for an unknown template. */
  createFromTemplate: workspaceProcedure
    .input(
      z.object({
        templateId: z.string().min(1).max(100),
        name: journeyNameSchema.optional(),
        locale: z.enum(locales).default('en'),
      }),
    )
    .mutation(async ({ ctx, input }) =>
      toJourneyDetail(await createJourneyFromTemplate(ctx.services.db, { workspaceId: ctx.workspaceId, ...input })),
    ),
};
