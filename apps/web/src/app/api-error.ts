import { TRPCClientError } from '@trpc/client';
import type { IssueFacts } from './issue-text';

/** One field of input the server refused (see the server's error translation). */
export interface ApiIssue extends IssueFacts {
  path: string;
  message: string;
}

/** What a failed API call says, read once from whatever was thrown. */
export interface ApiFailure {
  /** The tRPC code (`NOT_FOUND`, `CONFLICT`, …); undefined when the server was not reached. */
  code: string | undefined;
  /** The domain's stable reason (`invalid_credentials`, `draft_conflict`, …), when it gave one. */
  reason: string | undefined;
  issues: readonly ApiIssue[];
  /** The server's (English, developer-facing) message, for "developer details". */
  raw: string;
}

interface ErrorData {
  code?: unknown;
  reason?: unknown;
  issues?: unknown;
}

function isIssue(value: unknown): value is ApiIssue {
  return typeof value === 'object' && value !== null && 'path' in value && 'code' in value;
}

/** Reads a thrown value as an API failure (anything else is a failure with only a raw message). */
export function readApiFailure(error: unknown): ApiFailure {
  const raw = error instanceof Error ? error.message : String(error);
  if (!(error instanceof TRPCClientError)) return { code: undefined, reason: undefined, issues: [], raw };
  const data = (typeof error.data === 'object' && error.data !== null ? error.data : {}) as ErrorData;
  return {
    code: typeof data.code === 'string' ? data.code : undefined,
    reason: typeof data.reason === 'string' ? data.reason : undefined,
    issues: Array.isArray(data.issues) ? data.issues.filter(isIssue) : [],
    raw,
  };
}
