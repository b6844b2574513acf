// The segments UI's API: definitions, a live count and preview of an unsaved rule, and the
// materialised members. Saving a rule refreshes the segment's members at once (their entries and
// exits routed to journeys) and makes sure the workspace's hourly refresh is scheduled.
import {
  archiveSegment,
  countSegmentRule,
  createSegment,
  getSegment,
  listSegments,
  previewSegmentRule,
  updateSegment,
  type SegmentListItem,
  type SegmentRecord,
} from '@wayfarer/db';
import { segmentDefinitionSchema, segmentRuleSchema } from '@wayfarer/segments';
import { z } from 'zod';
import { refreshSavedSegment } from '../segments/refresh-saved';
import type { Services } from '../services';
import { router, workspaceProcedure } from './trpc';

const segmentRef = z.object({ id: z.uuid() });
/** What `update` changes: only the fields given (no defaults, so an absent description stays). */
const segmentPatch = segmentRef.extend({
  name: segmentDefinitionSchema.shape.name.optional(),
  description: z.string().max(1000).optional(),
  rule: segmentRuleSchema.optional(),
});

function toSegment(segment: SegmentRecord) {
  return {
    ...segment,
    createdAt: segment.createdAt.toISOString(),
    updatedAt: segment.updatedAt.toISOString(),
    archivedAt: segment.archivedAt?.toISOString() ?? null,
    refreshedAt: segment.refreshedAt?.toISOString() ?? null,
  };
}

function toListItem(segment: SegmentListItem) {
  return { ...toSegment(segment), memberCount: segment.memberCount };
}

function now(services: Services): Date {
  return services.now?.() ?? new Date();
}

export const segmentsRouter = router({
  /** Active segments by name with their member counts (archived ones too with `includeArchived`). */
  list: workspaceProcedure
    .input(z.object({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false }))
    .query(async ({ ctx, input }) => (await listSegments(ctx.services.db, ctx.workspaceId, input)).map(toListItem)),

  get: workspaceProcedure
    .input(segmentRef)
    .query(async ({ ctx, input }) => toSegment(await getSegment(ctx.services.db, ctx.workspaceId, input.id))),

  create: workspaceProcedure.input(segmentDefinitionSchema).mutation(async ({ ctx, input }) => {
    const segment = await createSegment(ctx.services.db, ctx.workspaceId, input);
    const refreshed = await refreshSavedSegment(ctx.services, ctx.workspaceId, segment.id);
    return { ...toSegment(await getSegment(ctx.services.db, ctx.workspaceId, segment.id)), refreshed };
  }),

  update: workspaceProcedure.input(segmentPatch).mutation(async ({ ctx, input }) => {
    const { id, ...patch } = input;
    await updateSegment(ctx.services.db, ctx.workspaceId, id, patch);
    const refreshed = await refreshSavedSegment(ctx.services, ctx.workspaceId, id);
    return { ...toSegment(await getSegment(ctx.services.db, ctx.workspaceId, id)), refreshed };
  }),

  /** Stops refreshing the segment; its members stay as they were (no one is reported as leaving). */
  archive: workspaceProcedure
    .input(segmentRef)
    .mutation(async ({ ctx, input }) => toSegment(await archiveSegment(ctx.services.db, ctx.workspaceId, input.id))),

  /** How many customers an (unsaved) rule matches now (the rule builder's live count). */
  count: workspaceProcedure.input(z.object({ rule: segmentRuleSchema })).query(async ({ ctx, input }) => ({
    count: await countSegmentRule(ctx.services.db, ctx.workspaceId, input.rule, now(ctx.services)),
  })),

  /** Up to `limit` customers an (unsaved) rule matches now, newest first, with the total count. */
  preview: workspaceProcedure
    .input(z.object({ rule: segmentRuleSchema, limit: z.number().int().min(1).max(100).default(20) }))
    .query(async ({ ctx, input }) => {
      const at = now(ctx.services);
      const [count, members] = await Promise.all([
        countSegmentRule(ctx.services.db, ctx.workspaceId, input.rule, at),
        previewSegmentRule(ctx.services.db, ctx.workspaceId, input.rule, at, input.limit),
      ]);
      return { count, members };
    }),
});
