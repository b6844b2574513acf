// Experiments: a journey's A/B/n tests and holdout (report, choosing a winner) and the workspace's
// control group (settings and report). Another workspace's journey is NOT_FOUND.
import { z } from 'zod';
import { chooseWinner } from '../experiments/choose-winner';
import {
  controlGroupInputSchema,
  controlGroupReport,
  controlGroupSettings,
  saveControlGroupSettings,
} from '../experiments/control-group';
import { experimentsReport } from '../experiments/experiment-report';
import { router, workspaceProcedure } from './trpc';

export const experimentsRouter = router({
  /** The journey's experiments (per variant: counts, rate with interval, probability to be best, lift) and holdout. */
  report: workspaceProcedure
    .input(z.object({ journeyId: z.uuid() }))
    .query(({ ctx, input }) =>
      experimentsReport(ctx.services, { workspaceId: ctx.workspaceId, journeyId: input.journeyId }),
    ),
  /** Ends a test: every new customer follows `arm` (0 = A); customers already on a path stay on it. */
  chooseWinner: workspaceProcedure
    .meta({ role: 'publisher' })
    .input(z.object({ journeyId: z.uuid(), stepId: z.string().min(1).max(200), arm: z.number().int().min(0).max(7) }))
    .mutation(({ ctx, input }) =>
      chooseWinner(ctx.services, { ...input, workspaceId: ctx.workspaceId, actorId: ctx.actor.id }),
    ),
});

export const controlGroupRouter = router({
  get: workspaceProcedure.query(({ ctx }) => controlGroupSettings(ctx.services.db, ctx.workspaceId)),
  save: workspaceProcedure
    .meta({ role: 'admin' })
    .input(controlGroupInputSchema)
    .mutation(({ ctx, input }) => saveControlGroupSettings(ctx.services.db, ctx.workspaceId, input)),
  /** Conversion and revenue per customer of marketed customers over the control group, last `days` days. */
  report: workspaceProcedure
    .input(z.object({ days: z.number().int().min(1).max(365).default(30) }))
    .query(({ ctx, input }) => controlGroupReport(ctx.services.db, ctx.workspaceId, input.days)),
});
