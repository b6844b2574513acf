// The customers UI's API: the searchable list, a profile, and its timeline. Dates travel as ISO
// strings (JSON has no Date); a customer of another workspace is NOT_FOUND, like one that never was.
import {
  DataError,
  eventPropertyVocabulary,
  findCustomerByExternalId,
  isWorkspaceCustomer,
  listCustomerTimeline,
  listCustomerViews,
  loadCustomerProfileView,
  type CustomerListItem,
  type CustomerProfileView,
  type TimelineItem,
  type NameUse,
  VOCABULARY_COUNT_CAP,
  workspaceVocabulary,
} from '@wayfarer/db';
import { z } from 'zod';
import { keysetCursorSchema } from './keyset-cursor';
import type { TrpcContext } from './context';
import { router, workspaceProcedure } from './trpc';

function iso(date: Date | null): string | null {
  return date === null ? null : date.toISOString();
}

function toListEntry(row: CustomerListItem) {
  return { ...row, createdAt: row.createdAt.toISOString(), lastSeenAt: iso(row.lastSeenAt) };
}

function toTimelineEntry(item: TimelineItem) {
  return { ...item, at: item.at.toISOString() };
}

/** A timeline entry as the API returns it. */
export type CustomerTimelineEntry = ReturnType<typeof toTimelineEntry>;

function toProfile(row: CustomerProfileView) {
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    tags: row.tags.map((tag) => ({ ...tag, addedAt: tag.addedAt.toISOString() })),
    recentPoints: row.recentPoints.map((entry) => ({ ...entry, createdAt: entry.createdAt.toISOString() })),
    enrollments: row.enrollments.map((enrollment) => ({
      ...enrollment,
      enteredAt: enrollment.enteredAt.toISOString(),
      finishedAt: iso(enrollment.finishedAt),
    })),
  };
}

const notFound = () => new DataError('not_found', 'No such customer in this workspace.');

async function profileWithTimeline(
  ctx: Pick<TrpcContext, 'services'> & { workspaceId: string },
  customerId: string,
  timelineLimit: number,
) {
  const profile = await loadCustomerProfileView(ctx.services.db, ctx.workspaceId, customerId);
  if (!profile) throw notFound();
  const timeline = await listCustomerTimeline(ctx.services.db, ctx.workspaceId, { customerId, limit: timelineLimit });
  return {
    ...toProfile(profile),
    timeline: { items: timeline.items.map(toTimelineEntry), nextCursor: timeline.nextCursor },
  };
}

export const customersRouter = router({
  /**
   * What the workspace has received, for the editor's pickers: event names (events in the last 30
   * days, capped at 10,000, and last seen), customer attribute keys and tags, most used first.
   */
  vocabulary: workspaceProcedure.query(async ({ ctx }) => {
    const found = await workspaceVocabulary(ctx.services.db, ctx.workspaceId, new Date());
    const view = (uses: NameUse[]) => uses.map((use) => ({ ...use, lastSeenAt: iso(use.lastSeenAt) }));
    return {
      events: view(found.events),
      attributes: view(found.attributes),
      tags: view(found.tags),
      countCap: VOCABULARY_COUNT_CAP,
    };
  }),

  /**
   * The property names `event` has been received with, for the editor's property picker: counted
   * over its most recent events (`sampled` of them), with last seen, value type and a few examples.
   */
  eventProperties: workspaceProcedure
    .input(z.object({ event: z.string().trim().min(1).max(200) }))
    .query(async ({ ctx, input }) => {
      const found = await eventPropertyVocabulary(ctx.services.db, ctx.workspaceId, input.event);
      return {
        sampled: found.sampled,
        properties: found.properties.map((use) => ({ ...use, lastSeenAt: use.lastSeenAt.toISOString() })),
      };
    }),

  /** Newest first, `limit` a page; `search`: external id, name or email, any case; `tag` / `segmentId`: only customers with it / in it. */
  list: workspaceProcedure
    .input(
      z.object({
        search: z.string().max(200).optional(),
        tag: z.string().min(1).max(100).optional(),
        /** Only the segment's current members. */
        segmentId: z.uuid().optional(),
        cursor: keysetCursorSchema.optional(),
        limit: z.number().int().min(1).max(100).default(25),
      }),
    )
    .query(async ({ ctx, input }) => {
      const page = await listCustomerViews(ctx.services.db, ctx.workspaceId, input);
      return { items: page.items.map(toListEntry), nextCursor: page.nextCursor };
    }),

  /** The profile: attributes, tags, points, journeys with their current step, and the first timeline page. */
  get: workspaceProcedure
    .input(z.object({ customerId: z.uuid(), timelineLimit: z.number().int().min(1).max(100).default(20) }))
    .query(async ({ ctx, input }) => profileWithTimeline(ctx, input.customerId, input.timelineLimit)),

  /** The same profile, found by the id the workspace's own systems use (`externalId`). */
  getByExternalId: workspaceProcedure
    .input(
      z.object({
        externalId: z.string().min(1).max(256),
        timelineLimit: z.number().int().min(1).max(100).default(20),
      }),
    )
    .query(async ({ ctx, input }) => {
      const customer = await findCustomerByExternalId(ctx.services.db, ctx.workspaceId, input.externalId);
      if (!customer) throw notFound();
      return profileWithTimeline(ctx, customer.id, input.timelineLimit);
    }),

  /** Events, messages and points entries, newest first, a page after `cursor`. */
  timeline: workspaceProcedure
    .input(
      z.object({
        customerId: z.uuid(),
        cursor: keysetCursorSchema.optional(),
        limit: z.number().int().min(1).max(100).default(20),
      }),
    )
    .query(async ({ ctx, input }) => {
      if (!(await isWorkspaceCustomer(ctx.services.db, ctx.workspaceId, input.customerId))) throw notFound();
      const page = await listCustomerTimeline(ctx.services.db, ctx.workspaceId, input);
      return { items: page.items.map(toTimelineEntry), nextCursor: page.nextCursor };
    }),
});
