import type { Diagnostic } from '@wayfarer/journey';

/** Problems as a marketer or developer reads them in a terminal, one per line. */
export function formatProblems(file: string, problems: readonly Diagnostic[]): string {
  const heading = `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  const width = Math.max(...problems.map((problem) => problem.code.length));
  // Messages already name the node; the edge id is the one thing they leave out.
  const lines = problems.map((problem) => {
    const edge = problem.edgeId === undefined ? '' : `  [edge ${problem.edgeId}]`;
    return `  ✗ ${problem.code.padEnd(width)}  ${problem.message}${edge}`;
  });
  return [heading, ...lines].join('\n');
}
