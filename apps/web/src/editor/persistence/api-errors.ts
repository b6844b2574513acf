import { TRPCClientError } from '@trpc/client';
import type { Diagnostic } from '@wayfarer/journey';

interface ErrorData {
  code?: string;
  problems?: Diagnostic[];
}

function dataOf(error: unknown): ErrorData | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  const data: unknown = error.data;
  return typeof data === 'object' && data !== null ? data : undefined;
}

/** The tRPC error code (`CONFLICT`, `BAD_REQUEST`, …) the server answered with. */
export function errorCode(error: unknown): string | undefined {
  return dataOf(error)?.code;
}

/** The compiler problems a refused publish carries. */
export function errorProblems(error: unknown): Diagnostic[] | undefined {
  const problems = dataOf(error)?.problems;
  return Array.isArray(problems) && problems.length > 0 ? problems : undefined;
}
