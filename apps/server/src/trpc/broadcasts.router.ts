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
   * date-time with offset; absent or past: now), entering `ratePerSecond` members a second.
   */
  start: workspaceProcedure
    .meta({ role: 'publisher' })
    .input(
      z.object({
        journeyId: z.uuid(),
        at: z.iso.datetime({ offset: true }).optional(),
        ratePerSecond: z.number().int().min(1).max(10_000).default(100),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const broadcast = await startBroadcast(ctx.services, {
        workspaceId: ctx.workspaceId,
        journeyId: input.journeyId,
        ratePerSecond: input.ratePerSecond,
        ...(input.at === undefined ? {} : { at: new Date(input.at) }),
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
