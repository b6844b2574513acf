// Domain errors → tRPC codes: the one place the API boundary decides what a failure means.
import { TRPCError, type TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { DataError, isConnectionLoss } from '@wayfarer/db';
import { ExportJobError } from '@wayfarer/exports/jobs';
import { FileFormatError } from '@wayfarer/imports/files';
import type { Diagnostic } from '@wayfarer/journey';
import { SimulationError } from '@wayfarer/simulation';
import { z } from 'zod';
import { AccountError } from '../accounts/account-error';
import { issueOf, UnsafeInputError } from '../hardening/unsafe-input';
import { InvalidJourneyError, TemplateNotFoundError } from '../journeys/journey-errors';
import { TestSendError } from '../message-templates/test-send-error';

const dataErrorCodes: Record<DataError['code'], TRPC_ERROR_CODE_KEY> = {
  not_found: 'NOT_FOUND',
  draft_conflict: 'CONFLICT',
  invalid_state: 'PRECONDITION_FAILED',
};

/**
 * One field of bad input. Besides zod's English message it carries what a client needs to say it
 * in its own language: the issue `code` and its bounds (never the value itself, which may be a
 * password), and whether the field was simply left empty.
 */
export interface InputIssue {
  path: string;
  message: string;
  code: string;
  missing: boolean;
  origin?: string;
  minimum?: number;
  maximum?: number;
  inclusive?: boolean;
  format?: string;
}

/**
 * A failure as the client sees it; `reason` is the domain's stable code (`invalid_credentials`,
 * `not_found`, …) when there is one, `problems` for a journey that does not compile, `issues` for bad
 * input.
 */
export interface TranslatedError {
  code: TRPC_ERROR_CODE_KEY;
  message: string;
  reason: string | null;
  problems: Diagnostic[] | null;
  issues: InputIssue[] | null;
}

// zod reports no input by default, so "left empty" is read from the issue: a required value that
// is absent, or a string shorter than its one-character minimum (after trimming).
function isMissing(issue: z.core.$ZodIssue): boolean {
  if (issue.code === 'invalid_type') return /received undefined$/.test(issue.message);
  return issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1;
}

function toInputIssue(issue: z.core.$ZodIssue): InputIssue {
  const bounds = issue as {
    origin?: unknown;
    minimum?: unknown;
    maximum?: unknown;
    inclusive?: unknown;
    format?: unknown;
  };
  return {
    path: issue.path.map(String).join('.'),
    message: issue.message,
    code: issue.code,
    missing: isMissing(issue),
    ...(typeof bounds.origin === 'string' ? { origin: bounds.origin } : {}),
    ...(typeof bounds.minimum === 'number' || typeof bounds.minimum === 'bigint'
      ? { minimum: Number(bounds.minimum) }
      : {}),
    ...(typeof bounds.maximum === 'number' || typeof bounds.maximum === 'bigint'
      ? { maximum: Number(bounds.maximum) }
      : {}),
    ...(typeof bounds.inclusive === 'boolean' ? { inclusive: bounds.inclusive } : {}),
    ...(typeof bounds.format === 'string' ? { format: bounds.format } : {}),
  };
}

const plain = (code: TRPC_ERROR_CODE_KEY, message: string, reason: string | null = null): TranslatedError => ({
  code,
  message,
  reason,
  problems: null,
  issues: null,
});

/** What a procedure's error means to the client; domain errors carry their own message. */
export function translateError(error: TRPCError): TranslatedError {
  const { cause } = error;
  if (error instanceof AccountError) return plain(error.code, error.message, error.reason);
  if (cause instanceof DataError) return plain(dataErrorCodes[cause.code], cause.message, cause.code);
  if (cause instanceof FileFormatError) return plain('BAD_REQUEST', cause.message, cause.code);
  if (cause instanceof ExportJobError) {
    return plain(cause.code === 'export_ended' ? 'CONFLICT' : 'NOT_FOUND', cause.message, cause.code);
  }
  if (cause instanceof TemplateNotFoundError) return plain('NOT_FOUND', cause.message, cause.code);
  if (cause instanceof InvalidJourneyError) {
    return { ...plain('BAD_REQUEST', cause.message, cause.code), problems: cause.problems };
  }
  if (cause instanceof SimulationError) {
    const code = cause.code === 'simulator_unavailable' ? 'PRECONDITION_FAILED' : 'BAD_REQUEST';
    return plain(code, cause.message, cause.code);
  }
  if (cause instanceof TestSendError) {
    return plain(
      cause.code === 'test_send_rate_limited' ? 'TOO_MANY_REQUESTS' : 'SERVICE_UNAVAILABLE',
      cause.message,
      cause.code,
    );
  }
  if (cause instanceof UnsafeInputError) {
    const issue: InputIssue = { ...issueOf(cause.problem), code: cause.code, missing: false };
    return { ...plain('BAD_REQUEST', cause.message, cause.code), issues: [issue] };
  }
  if (cause instanceof z.ZodError && error.code === 'BAD_REQUEST') {
    const issues = cause.issues.map(toInputIssue);
    const named = issues.map((issue) => `${issue.path || 'input'}: ${issue.message}`).join('; ');
    return { ...plain('BAD_REQUEST', `The input is invalid: ${named}`, 'invalid_input'), issues };
  }
  if (isConnectionLoss(cause)) {
    return plain(
      'SERVICE_UNAVAILABLE',
      'The database is unreachable for now; try again in a moment.',
      'database_unreachable',
    );
  }
  // Unexpected failures are logged (see create-server.ts); their text may hold internals.
  if (error.code === 'INTERNAL_SERVER_ERROR') return plain(error.code, 'Something went wrong on the server.');
  return plain(error.code, error.message);
}

/** The HTTP status of a code (tRPC's own mapping). */
export function httpStatusOf(code: TRPC_ERROR_CODE_KEY): number {
  return getHTTPStatusCodeFromError(new TRPCError({ code }));
}
