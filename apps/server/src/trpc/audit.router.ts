import { TRPCError } from '@trpc/server';
import { listAuditActors, listAuditEntries, lookupAuditNames } from '@wayfarer/db';
import { z } from 'zod';
import { decodeAuditCursor, encodeAuditCursor, toAuditView } from '../audit/audit-view';
import { router, workspaceProcedure } from './trpc';

const pageSize = 50;

const auditFilter = z.object({
  entityType: z.string().trim().min(1).max(100).optional(),
  entityId: z.string().trim().min(1).max(200).optional(),
  actorId: z.string().trim().min(1).max(200).optional(),
  /** A procedure path (`journeys.publish`), a prefix ending in `.` (`journeys.`) or a verb starting with `.` (`.publish`: any entity's). */
  action: z.string().trim().min(1).max(200).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(200).default(pageSize),
});

/** The workspace's audit log, newest first, filtered; `nextCursor` is null on the last page. */
export const auditRouter = router({
  list: workspaceProcedure
    .meta({ role: 'viewer' })
    .input(auditFilter.optional())
    .query(async ({ ctx, input }) => {
      const { cursor, from, to, limit, ...filter } = auditFilter.parse(input ?? {});
      const after = cursor === undefined ? undefined : decodeAuditCursor(cursor);
      if (cursor !== undefined && after === undefined) {
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'The cursor is not one this list returned.' });
      }
      const entries = await listAuditEntries(ctx.services.db, ctx.workspaceId, {
        ...filter,
        from: from === undefined ? undefined : new Date(from),
        to: to === undefined ? undefined : new Date(to),
        after,
        limit: limit + 1,
      });
      const page = entries.slice(0, limit);
      const last = page.at(-1);
      const names = await lookupAuditNames(ctx.services.db, ctx.workspaceId, page);
      return {
        entries: page.map((entry) => toAuditView(entry, names)),
        nextCursor: entries.length > limit && last ? encodeAuditCursor(last) : null,
      };
    }),
  /** Who the actor filter offers: the workspace's members and API keys by name (the filter takes the id). */
  actors: workspaceProcedure
    .meta({ role: 'viewer' })
    .query(({ ctx }) => listAuditActors(ctx.services.db, ctx.workspaceId)),
});
