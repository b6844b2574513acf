// Domain errors → tRPC codes: the one place the API boundary decides what a failure means.
import { TRPCError, type TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { DataError, isConnectionLoss } from '@wayfarer/db';
import type { Diagnostic } from '@wayfarer/journey';
import { SimulationError } from '@wayfarer/simulation';
import { z } from 'zod';
import { issueOf, UnsafeInputError } from '../hardening/unsafe-input';
import { InvalidJourneyError, TemplateNotFoundError } from '../journeys/journey-errors';

const dataErrorCodes: Record<DataError['code'], TRPC_ERROR_CODE_KEY> = {
  not_found: 'NOT_FOUND',
  draft_conflict: 'CONFLICT',
  invalid_state: 'PRECONDITION_FAILED',
};

/** A failure as the client sees it; `problems` for a journey that does not compile, `issues` for bad input. */
export interface TranslatedError {
  code: TRPC_ERROR_CODE_KEY;
  message: string;
  problems: Diagnostic[] | null;
  issues: { path: string; message: string }[] | null;
}

/** What a procedure's error means to the client; domain errors carry their own message. */
export function translateError(error: TRPCError): TranslatedError {
  const { cause } = error;
  if (cause instanceof DataError) {
    return { code: dataErrorCodes[cause.code], message: cause.message, problems: null, issues: null };
  }
  if (cause instanceof TemplateNotFoundError) {
    return { code: 'NOT_FOUND', message: cause.message, problems: null, issues: null };
  }
  if (cause instanceof InvalidJourneyError) {
    return { code: 'BAD_REQUEST', message: cause.message, problems: cause.problems, issues: null };
  }
  if (cause instanceof SimulationError) {
    const code = cause.code === 'simulator_unavailable' ? 'PRECONDITION_FAILED' : 'BAD_REQUEST';
    return { code, message: cause.message, problems: null, issues: null };
  }
  if (cause instanceof UnsafeInputError) {
    return { code: 'BAD_REQUEST', message: 'The input is invalid.', problems: null, issues: [issueOf(cause.problem)] };
  }
  if (cause instanceof z.ZodError && error.code === 'BAD_REQUEST') {
    const issues = cause.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
    return { code: 'BAD_REQUEST', message: 'The input is invalid.', problems: null, issues };
  }
  if (isConnectionLoss(cause)) {
    return {
      code: 'SERVICE_UNAVAILABLE',
      message: 'The database is unreachable for now; try again in a moment.',
      problems: null,
      issues: null,
    };
  }
  // Unexpected failures are logged (see create-server.ts); their text may hold internals.
  if (error.code === 'INTERNAL_SERVER_ERROR') {
    return { code: error.code, message: 'Something went wrong on the server.', problems: null, issues: null };
  }
  return { code: error.code, message: error.message, problems: null, issues: null };
}

/** The HTTP status of a code (tRPC's own mapping). */
export function httpStatusOf(code: TRPC_ERROR_CODE_KEY): number {
  return getHTTPStatusCodeFromError(new TRPCError({ code }));
}
