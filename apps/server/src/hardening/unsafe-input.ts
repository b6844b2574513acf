// One input check at every edge (tRPC calls, ingest, webhooks, links): a document nested too deep,
// or a string with a NUL character or an unpaired surrogate, is refused with 400 naming the field,
// before any handler, schema or recursive walk sees it. See docs/trust.md, "Robustness".
import { Readable } from 'node:stream';
import { findJsonProblem, type JsonProblem } from '@wayfarer/journey';
import type { FastifyInstance } from 'fastify';
import { sendError, type RequestIssue } from './error-replies';

/** An input that fails the edge check; carries where and what. */
export class UnsafeInputError extends Error {
  readonly code = 'unsafe_input';
  constructor(readonly problem: JsonProblem) {
    super(`${problem.path.join('.') || 'The input'} ${problem.message}`);
    this.name = 'UnsafeInputError';
  }
}

export function issueOf(problem: JsonProblem, prefix: (string | number)[] = []): RequestIssue {
  return { path: [...prefix, ...problem.path].join('.'), message: problem.message };
}

/**
 * Checks the parsed body, query and route parameters of every HTTP route but tRPC's (whose calls
 * are checked one input at a time, see trpc.ts); answers 400 `invalid_request` with the field.
 */
export function refuseUnsafeInput(app: FastifyInstance): void {
  app.addHook('preValidation', async (request, reply) => {
    if (request.url.startsWith('/trpc/')) return;
    // A file upload's body is its raw byte stream, not a document to walk.
    const body = request.body instanceof Readable ? undefined : request.body;
    const parts: [(string | number)[], unknown][] = [
      [[], body],
      [['query'], request.query],
      [['params'], request.params],
    ];
    for (const [prefix, value] of parts) {
      const problem = findJsonProblem(value);
      if (problem === undefined) continue;
      return sendError(request, reply, 400, {
        error: 'invalid_request',
        message: 'The request is invalid.',
        issues: [issueOf(problem, prefix)],
      });
    }
    return undefined;
  });
}
