import { z } from 'zod';
import { approvalStatus, approveRevision, requestApproval } from '../accounts/approvals';
import { workspaceProcedure } from './trpc';

const journeyRef = z.object({ journeyId: z.uuid() });

/** Approval of journey drafts (spread into the journeys router); see accounts/approvals.ts. */
export const journeyApprovalProcedures = {
  approval: workspaceProcedure
    .input(journeyRef)
    .query(({ ctx, input }) => approvalStatus(ctx.services.db, ctx.workspaceId, input.journeyId)),

  /** An editor asks a publisher to approve the current draft revision. */
  requestApproval: workspaceProcedure
    .input(journeyRef)
    .mutation(({ ctx, input }) => requestApproval(ctx.services.db, ctx.workspaceId, input.journeyId, ctx.actor)),

  /** A publisher approves this exact draft revision (saving the draft afterwards voids it). */
  approve: workspaceProcedure
    .meta({ role: 'publisher' })
    .input(journeyRef.extend({ draftRevision: z.number().int().positive() }))
    .mutation(({ ctx, input }) =>
      approveRevision(ctx.services.db, { workspaceId: ctx.workspaceId, ...input, actor: ctx.actor }),
    ),
};
