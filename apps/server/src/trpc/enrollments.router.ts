// The enrollment explorer's API. Dates travel as ISO strings; an enrollment or journey of another
// workspace is NOT_FOUND, like one that never was.
import { z } from 'zod';
import { findEnrollments, getEnrollment, removeEnrollment } from '../enrollments/enrollment-explorer';
import { router, workspaceProcedure } from './trpc';

export const enrollmentsRouter = router({
  /**
   * A journey's enrollments, newest first: of customers matching `query` (external id or name, part
   * of; email or phone, exactly), and/or at a step now (`at` without a port) or gone from it by
   * `at.port`. Pages on with `cursor`: the last row's `enteredAt` and `enrollmentId`.
   */
  find: workspaceProcedure
    .input(
      z.object({
        journeyId: z.uuid(),
        query: z.string().trim().min(1).max(200).optional(),
        at: z
          .object({ stepId: z.string().min(1).max(200), port: z.string().min(1).max(200).nullable().default(null) })
          .optional(),
        cursor: z.object({ enteredAt: z.iso.datetime(), enrollmentId: z.uuid() }).nullish(),
        limit: z.number().int().min(1).max(100).default(20),
      }),
    )
    .query(({ ctx, input: { cursor, ...input } }) =>
      findEnrollments(ctx.services, { ...input, after: cursor ?? undefined, workspaceId: ctx.workspaceId }),
    ),

  /** The enrollment, the step visits it walked in order, and (while running) its current step and what it waits for. */
  get: workspaceProcedure
    .input(z.object({ enrollmentId: z.uuid() }))
    .query(({ ctx, input }) => getEnrollment(ctx.services, { ...input, workspaceId: ctx.workspaceId })),

  /** Takes the customer out of the journey (exit reason `removed_by_marketer`); repeat-safe. */
  remove: workspaceProcedure
    .input(z.object({ enrollmentId: z.uuid() }))
    .mutation(({ ctx, input }) => removeEnrollment(ctx.services, { ...input, workspaceId: ctx.workspaceId })),
});
