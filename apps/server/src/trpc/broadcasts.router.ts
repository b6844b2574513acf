// Broadcasts of a live journey to its trigger's segment: start (now or at a time), watch, cancel.
import { getBroadcast, getJourney, listJourneyBroadcasts } from '@wayfarer/db';
import { z } from 'zod';
import { toBroadcastView } from '../broadcasts/broadcast-view';
import { cancelBroadcastRun } from '../broadcasts/cancel-broadcast';
import { startBroadcast } from '../broadcasts/start-broadcast';
import { router, workspaceProcedure } from './trpc';

const broadcastRef = z.object({ id: z.uuid() });

export const broadcastsRouter = router({
  /**
   * Starts a broadcast of a live journey with a "Broadcast to a segment" trigger: at `at` (ISO
   * date-time with offset; absent or past: now), or at `localTime` in each member's time zone
   * (earliest zone first; refused once that time has passed anywhere in the audience), entering
   * `ratePerSecond` members a second.
   */
  start: workspaceProcedure
    .meta({ role: 'publisher' })
    .input(
      z
        .object({
          journeyId: z.uuid(),
          at: z.iso.datetime({ offset: true }).optional(),
          /** Instead of `at`: the same wall-clock time in each member's own time zone. */
          localTime: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Give a local date and time as YYYY-MM-DDTHH:MM.')
            .refine((value) => !Number.isNaN(Date.parse(`${value}:00Z`)), 'Not a date and time.')
            .optional(),
          ratePerSecond: z.number().int().min(1).max(10_000).default(100),
        })
        .refine((input) => input.at === undefined || input.localTime === undefined, {
          path: ['localTime'],
          message: 'Give either a time (at) or a local time for each customer, not both.',
        }),
    )
    .mutation(async ({ ctx, input }) => {
      const broadcast = await startBroadcast(ctx.services, {
        workspaceId: ctx.workspaceId,
        journeyId: input.journeyId,
        ratePerSecond: input.ratePerSecond,
        ...(input.at === undefined ? {} : { at: new Date(input.at) }),
        ...(input.localTime === undefined ? {} : { localTime: input.localTime }),
      });
      return toBroadcastView(broadcast);
    }),

  /** The journey's broadcasts, newest first. */
  list: workspaceProcedure.input(z.object({ journeyId: z.uuid() })).query(async ({ ctx, input }) => {
    await getJourney(ctx.services.db, ctx.workspaceId, input.journeyId);
    return (await listJourneyBroadcasts(ctx.services.db, ctx.workspaceId, input.journeyId)).map(toBroadcastView);
  }),

  /** One broadcast with its progress: total, enrolled, skipped, status. */
  get: workspaceProcedure
    .input(broadcastRef)
    .query(async ({ ctx, input }) => toBroadcastView(await getBroadcast(ctx.services.db, ctx.workspaceId, input.id))),

  /** Stops a scheduled or running broadcast before its next batch; an ended one is returned as it is. */
  cancel: workspaceProcedure
    .meta({ role: 'publisher' })
    .input(broadcastRef)
    .mutation(async ({ ctx, input }) =>
      toBroadcastView(await cancelBroadcastRun(ctx.services, { workspaceId: ctx.workspaceId, broadcastId: input.id })),
    ),
});
