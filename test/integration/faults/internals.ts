import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url)).replace(/\/$/, '');

// A stack frame, a source file of ours or a dependency's, the checkout's own path.
const internals = [/\bat [\w.<>]+ \(/, /"stack"/, /node_modules/, /file:\/\//, /[\w-]+\.(ts|mjs|cjs|js):\d+/];

/** What in an answer's body gives away the server's internals, if anything. */
export function internalsIn(body: string): string | undefined {
  if (body.includes(repoRoot)) return repoRoot;
  return internals.map((pattern) => pattern.exec(body)?.[0]).find((found) => found !== undefined);
}
