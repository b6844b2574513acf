// The customers UI's API: the searchable list, a profile, and its timeline. Dates travel as ISO
// strings (JSON has no Date); a customer of another workspace is NOT_FOUND, like one that never was.
import {
  DataError,
  isWorkspaceCustomer,
  listCustomerTimeline,
  listCustomerViews,
  loadCustomerProfileView,
  type CustomerListItem,
  type CustomerProfileView,
  type TimelineItem,
} from '@wayfarer/db';
import { z } from 'zod';
import { router, workspaceProcedure } from './trpc';

// `<timestamptz as Postgres prints it>|<uuid>`, as the repositories hand it out.
const cursorSchema = z
  .string()
  .max(100)
  .regex(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?[+-]\d\d(:\d\d)?\|[0-9a-f-]{36}$/i, 'invalid cursor');

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

export const customersRouter = router({
  /** Newest first, `limit` a page; `search`: external id or name, any case; `tag` / `segmentId`: only customers with it / in it. */
  list: workspaceProcedure
    .input(
      z.object({
        search: z.string().max(200).optional(),
        tag: z.string().min(1).max(100).optional(),
        /** Only the segment's current members. */
        segmentId: z.uuid().optional(),
        cursor: cursorSchema.optional(),
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
    .query(async ({ ctx, input }) => {
      const profile = await loadCustomerProfileView(ctx.services.db, ctx.workspaceId, input.customerId);
      if (!profile) throw notFound();
      const timeline = await listCustomerTimeline(ctx.services.db, ctx.workspaceId, {
        customerId: input.customerId,
        limit: input.timelineLimit,
      });
      return {
        ...toProfile(profile),
        timeline: { items: timeline.items.map(toTimelineEntry), nextCursor: timeline.nextCursor },
      };
    }),

  /** Events, messages and points entries, newest first, a page after `cursor`. */
  timeline: workspaceProcedure
    .input(
      z.object({
        customerId: z.uuid(),
        cursor: cursorSchema.optional(),
        limit: z.number().int().min(1).max(100).default(20),
      }),
    )
    .query(async ({ ctx, input }) => {
      if (!(await isWorkspaceCustomer(ctx.services.db, ctx.workspaceId, input.customerId))) throw notFound();
      const page = await listCustomerTimeline(ctx.services.db, ctx.workspaceId, input);
      return { items: page.items.map(toTimelineEntry), nextCursor: page.nextCursor };
    }),
});
