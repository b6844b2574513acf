import { findMemberRole, findUserByEmail, findWorkspaceSummary, revokeSession, revokeUserSessions } from '@wayfarer/db';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { acceptInvitation, openInvitation } from '../accounts/invitations';
import { emailSchema, passwordSchema, personNameSchema, workspaceNameSchema } from '../accounts/inputs';
import { meView, signedOutView } from '../accounts/me';
import { resolvePrincipal } from '../accounts/principal';
import { clearSessionCookie, startSession } from '../accounts/sessions';
import { checkCredentials } from '../accounts/sign-in';
import { signUpFirstUser } from '../accounts/sign-up';
import type { TrpcContext } from './context';
import { publicProcedure, router } from './trpc';

/** The signed-in user's session (not an API key); mutations must carry the CSRF token. */
const sessionProcedure = publicProcedure.use(async ({ ctx, type, next }) => {
  const principal = await resolvePrincipal(ctx, type);
  if (!principal.ok) throw new TRPCError({ code: principal.code, message: principal.message });
  if (principal.session === undefined) {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Only a signed-in user can do this, not an API key.' });
  }
  return next({ ctx: { workspaceId: principal.workspaceId, actor: principal.actor, session: principal.session } });
});

/** Opens a session and answers what `me` would. */
async function openSession(ctx: TrpcContext, userId: string, workspaceId: string) {
  const { csrfToken } = await startSession(ctx.services.db, ctx.web, { userId, workspaceId });
  const role = (await findMemberRole(ctx.services.db, workspaceId, userId)) ?? 'viewer';
  return meView(ctx.services.db, workspaceId, { type: 'user', id: userId, role }, csrfToken);
}

const credentials = z.object({ email: emailSchema, password: z.string().min(1).max(256) });

export const authRouter = router({
  /** Who is calling (session or API key), or whether sign-up is still open. Never fails for a signed-out caller. */
  me: publicProcedure.query(async ({ ctx }) => {
    const principal = await resolvePrincipal(ctx, 'query');
    if (!principal.ok) return signedOutView(ctx.services.db);
    return meView(ctx.services.db, principal.workspaceId, principal.actor, principal.session?.csrfToken ?? null);
  }),

  /** The first user of an empty installation: owner of a new workspace. Closed afterwards. */
  signUp: publicProcedure
    .input(
      z.object({
        email: emailSchema,
        password: passwordSchema,
        name: personNameSchema,
        workspaceName: workspaceNameSchema.default('My workspace'),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { userId, workspaceId } = await signUpFirstUser(ctx.services.db, input);
      return openSession(ctx, userId, workspaceId);
    }),

  signIn: publicProcedure.input(credentials).mutation(async ({ ctx, input }) => {
    const { userId, workspaceId } = await checkCredentials(ctx.services.db, {
      ...input,
      clientIp: ctx.web.clientIp,
      now: new Date(),
    });
    return openSession(ctx, userId, workspaceId);
  }),

  signOut: sessionProcedure.mutation(async ({ ctx }) => {
    await revokeSession(ctx.services.db, ctx.session.id, new Date());
    clearSessionCookie(ctx.web);
    return { signedOut: true };
  }),

  /** Ends every session of this user, in every browser and workspace. */
  signOutEverywhere: sessionProcedure.mutation(async ({ ctx }) => {
    const ended = await revokeUserSessions(ctx.services.db, ctx.actor.id, new Date());
    clearSessionCookie(ctx.web);
    return { signedOut: true, sessionsEnded: ended };
  }),

  /** What an invitation link offers, for the accept page. */
  invitation: publicProcedure.input(z.object({ token: z.string().min(1).max(200) })).query(async ({ ctx, input }) => {
    const invitation = await openInvitation(ctx.services.db, input.token);
    const workspace = await findWorkspaceSummary(ctx.services.db, invitation.workspaceId);
    const account = await findUserByEmail(ctx.services.db, invitation.email);
    return {
      email: invitation.email,
      role: invitation.role,
      workspaceName: workspace?.name ?? '',
      hasAccount: account !== undefined,
    };
  }),

  /** Joins the workspace: a new account (name + password) or an existing one (its password). Signs in. */
  acceptInvitation: publicProcedure
    .input(
      z.object({
        token: z.string().min(1).max(200),
        password: z.string().min(1).max(256),
        name: personNameSchema.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const principal = await resolvePrincipal(ctx, 'query');
      const signedInUserId = principal.ok && principal.actor.type === 'user' ? principal.actor.id : undefined;
      const joined = await acceptInvitation(ctx.services.db, { ...input, signedInUserId });
      return openSession(ctx, joined.userId, joined.workspaceId);
    }),
});
