import { initTRPC, TRPCError } from '@trpc/server';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import { resolvePrincipal } from '../accounts/principal';
import { devErrorsEnabled } from '../config/dev-errors';
import { roleAtLeast, type Actor, type Role } from '../accounts/roles';
import { auditMutations } from '../audit/audit-mutations';
import type { AuditMeta } from '../audit/audit-targets';
import { findJsonProblem } from '@wayfarer/journey';
import { UnsafeInputError } from '../hardening/unsafe-input';
import type { TrpcContext } from './context';
import { httpStatusOf, translateError } from './error-translation';

/** Procedure meta: the least role that may call it (default: viewer for queries, editor otherwise). */
export interface ProcedureMeta {
  role?: Role;
  /** How the audit log records this mutation (default: read from its path; `false`: not at all). */
  audit?: AuditMeta;
}

const t = initTRPC
  .context<TrpcContext>()
  .meta<ProcedureMeta>()
  .create({
    // Stack traces in error answers only when a developer asks (WAYFARER_DEV_ERRORS), never by default.
    isDev: devErrorsEnabled(),
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
          reason: translated.reason,
          problems: translated.problems,
          issues: translated.issues,
        },
      };
    },
  });

export const router = t.router;

// Every call's raw input passes the edge check (depth, NUL, unpaired surrogates) before anything
// else reads it: authentication, zod, the procedure.
const checkedProcedure = t.procedure.use(async ({ getRawInput, next }) => {
  let raw: unknown;
  try {
    raw = await getRawInput();
  } catch {
    // No input, or not JSON: a procedure without input ignores it, one with input refuses it (400).
    return next();
  }
  const problem = findJsonProblem(raw);
  if (problem !== undefined) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'The input is invalid.',
      cause: new UnsafeInputError(problem),
    });
  }
  return next();
});

/** Procedures anyone may call (sign-up, sign-in, accepting an invitation): no principal needed. */
export const publicProcedure = checkedProcedure;

export type { Actor, Role };

/** The role a procedure needs when its meta names none: reading is for viewers, changing for editors. */
export function requiredRole(meta: ProcedureMeta | undefined, type: 'query' | 'mutation' | 'subscription'): Role {
  return meta?.role ?? (type === 'mutation' ? 'editor' : 'viewer');
}

/**
 * Procedures of one workspace, and the ONE place roles are enforced. The caller is a signed-in user
 * (session cookie; mutations also carry `x-csrf-token`) or a full-scope API key (`Authorization:
 * Bearer`, acting as admin). The procedure sees `ctx.workspaceId` and `ctx.actor`; it is refused
 * unless the actor's role reaches the procedure's `meta.role` (see `requiredRole`).
 */
export const workspaceProcedure = checkedProcedure
  .use(async ({ ctx, meta, type, next }) => {
    const principal = await resolvePrincipal(ctx, type);
    if (!principal.ok) throw new TRPCError({ code: principal.code, message: principal.message });
    const { workspaceId, actor } = principal;
    const required = requiredRole(meta, type);
    if (!roleAtLeast(actor.role, required)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: `This needs the ${required} role; you are ${actor.role}.` });
    }
    return next({ ctx: { workspaceId, actor } });
  })
  // Every successful mutation is recorded (apps/server/src/audit).
  .use(async (options) => auditMutations(options));
