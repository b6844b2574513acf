import { initTRPC, TRPCError } from '@trpc/server';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import { authenticateRequest } from '../auth/authenticate';
import type { TrpcContext } from './context';
import { httpStatusOf, translateError } from './error-translation';

const t = initTRPC.context<TrpcContext>().create({
  // The one error formatter: domain errors become their tRPC code, HTTP status and details.
  errorFormatter({ shape, error }) {
    const translated = translateError(error);
    return {
      ...shape,
      code: TRPC_ERROR_CODES_BY_KEY[translated.code],
      message: translated.message,
      data: {
        ...shape.data,
        code: translated.code,
        httpStatus: httpStatusOf(translated.code),
        problems: translated.problems,
        issues: translated.issues,
      },
    };
  },
});

export const router = t.router;

/**
 * Procedures of one workspace: the caller sends a full-scope API key as `Authorization: Bearer`
 * (sign-in comes later), and the procedure sees its `workspaceId`.
 */
export const workspaceProcedure = t.procedure.use(async ({ ctx, next }) => {
  const auth = await authenticateRequest(ctx.services.db, ctx.authorization, ['full']);
  if (!auth.ok) {
    throw new TRPCError({
      code: auth.reason === 'insufficient_scope' ? 'FORBIDDEN' : 'UNAUTHORIZED',
      message: auth.message,
    });
  }
  return next({ ctx: { workspaceId: auth.workspaceId } });
});
