import { listMembers, listOpenInvitations, revokeInvitation, setRequireApproval, DataError } from '@wayfarer/db';
import { z } from 'zod';
import { createInvitation } from '../accounts/invitations';
import { emailSchema } from '../accounts/inputs';
import { assertMayInvite, changeMemberRole, removeMember } from '../accounts/members';
import { roleSchema } from '../accounts/roles';
import { router, workspaceProcedure } from './trpc';

const admin = { role: 'admin' } as const;

export const membersRouter = router({
  /** Members with their roles, and the invitations not yet accepted. */
  list: workspaceProcedure.query(async ({ ctx }) => {
    const { db } = ctx.services;
    const members = await listMembers(db, ctx.workspaceId);
    const invitations = await listOpenInvitations(db, ctx.workspaceId, new Date());
    return {
      members: members.map((member) => ({ ...member, joinedAt: member.joinedAt.toISOString() })),
      invitations: invitations.map((invitation) => ({
        id: invitation.id,
        email: invitation.email,
        role: invitation.role,
        expiresAt: invitation.expiresAt.toISOString(),
      })),
    };
  }),

  /** Invites an email with a role; the link (shown once, there is no mail in development) carries a one-time token. */
  invite: workspaceProcedure
    .meta(admin)
    .input(z.object({ email: emailSchema, role: roleSchema }))
    .mutation(async ({ ctx, input }) => {
      assertMayInvite(ctx.actor, input.role);
      const created = await createInvitation(ctx.services.db, {
        workspaceId: ctx.workspaceId,
        ...input,
        invitedBy: ctx.actor,
      });
      return { invitationId: created.invitation.id, token: created.token, path: created.path };
    }),

  revokeInvitation: workspaceProcedure
    .meta(admin)
    .input(z.object({ invitationId: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      if (!(await revokeInvitation(ctx.services.db, ctx.workspaceId, input.invitationId, new Date()))) {
        throw new DataError('not_found', `Invitation ${input.invitationId} not found.`);
      }
      return { revoked: true };
    }),

  changeRole: workspaceProcedure
    .meta(admin)
    .input(z.object({ userId: z.uuid(), role: roleSchema }))
    .mutation(async ({ ctx, input }) => {
      await changeMemberRole(ctx.services.db, { workspaceId: ctx.workspaceId, actor: ctx.actor, ...input });
      return { userId: input.userId, role: input.role };
    }),

  /** Removes a member (or, with your own id, leaves); their sessions here end at once. */
  remove: workspaceProcedure
    .meta(admin)
    .input(z.object({ userId: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      await removeMember(ctx.services.db, { workspaceId: ctx.workspaceId, actor: ctx.actor, userId: input.userId });
      return { removed: true };
    }),

  /** Turns "a publisher must approve a draft before it is published" on or off. */
  setRequireApproval: workspaceProcedure
    .meta(admin)
    .input(z.object({ requireApproval: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      await setRequireApproval(ctx.services.db, ctx.workspaceId, input.requireApproval);
      return { requireApproval: input.requireApproval };
    }),
});
