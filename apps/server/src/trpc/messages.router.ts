// The integrators' read of what was sent: a workspace's messages, filtered, newest first, a keyset
// page at a time. Dates travel as ISO strings; bad input is a 400 whose issues name the field.
import { listMessageViews, type MessageStatus, type MessageView } from '@wayfarer/db';
import { z } from 'zod';
import { keysetCursorSchema } from './keyset-cursor';
import { router, workspaceProcedure } from './trpc';

const messageStatuses = [
  'queued',
  'sending',
  'sent',
  'skipped',
  'failed',
  'unknown',
  'retrying',
] as const satisfies readonly MessageStatus[];
const statusSchema = z.enum(messageStatuses);

/** The filters of `messages.list`; `status` is one status or several, `from` inclusive, `to` exclusive. */
export const messageListInputSchema = z
  .object({
    journeyId: z.uuid().optional(),
    stepId: z.string().min(1).max(200).optional(),
    customerId: z.uuid().optional(),
    /** The customer by the id the workspace's own systems use. */
    externalId: z.string().min(1).max(256).optional(),
    status: z.union([statusSchema, z.array(statusSchema).min(1).max(messageStatuses.length)]).optional(),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    cursor: keysetCursorSchema.optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .refine(
    (input) => input.from === undefined || input.to === undefined || Date.parse(input.from) < Date.parse(input.to),
    {
      path: ['to'],
      message: '`to` must be later than `from`.',
    },
  );

function toEntry(row: MessageView) {
  return { ...row, createdAt: row.createdAt.toISOString(), sentAt: row.sentAt?.toISOString() ?? null };
}

/** A message as `messages.list` returns it. */
export type MessageListEntry = ReturnType<typeof toEntry>;

export const messagesRouter = router({
  /** The workspace's messages newest first, `limit` (≤ 200) a page after `cursor`. */
  list: workspaceProcedure.input(messageListInputSchema).query(async ({ ctx, input }) => {
    const { status, from, to, ...filters } = input;
    const page = await listMessageViews(ctx.services.db, ctx.workspaceId, {
      ...filters,
      ...(status === undefined ? {} : { statuses: Array.isArray(status) ? status : [status] }),
      ...(from === undefined ? {} : { from: new Date(from) }),
      ...(to === undefined ? {} : { to: new Date(to) }),
    });
    return { items: page.items.map(toEntry), nextCursor: page.nextCursor };
  }),
});
