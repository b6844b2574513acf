import type { Diagnostic, JourneyGraph } from '@wayfarer/journey';
import type { GetState, SetState } from './slice';

export interface ValidationSlice {
  problems: readonly Diagnostic[];
  /** Problems per node id. A node's list keeps its identity while its problems stay the same, so its card does not re-render. */
  problemsByNode: ReadonlyMap<string, readonly Diagnostic[]>;
  /** The graph the problems were found in (null before the first check). */
  validatedGraph: JourneyGraph | null;
  setProblems: (graph: JourneyGraph, problems: readonly Diagnostic[]) => void;
}

const sameProblems = (a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean =>
  a.length === b.length &&
  a.every((problem, index) => problem.code === b[index]?.code && problem.message === b[index]?.message);

/** Groups problems by node, reusing the previous list of every node whose problems did not change. */
export function groupByNode(
  problems: readonly Diagnostic[],
  previous: ReadonlyMap<string, readonly Diagnostic[]>,
): ReadonlyMap<string, readonly Diagnostic[]> {
  const grouped = new Map<string, Diagnostic[]>();
  for (const problem of problems) {
    if (problem.nodeId === undefined) continue;
    grouped.set(problem.nodeId, [...(grouped.get(problem.nodeId) ?? []), problem]);
  }
  const result = new Map<string, readonly Diagnostic[]>();
  for (const [nodeId, list] of grouped) {
    const before = previous.get(nodeId);
    result.set(nodeId, before && sameProblems(before, list) ? before : list);
  }
  return result;
}

export function createValidationSlice(set: SetState<ValidationSlice>, get: GetState<ValidationSlice>): ValidationSlice {
  return {
    problems: [],
    problemsByNode: new Map(),
    validatedGraph: null,
    setProblems(graph, problems) {
      set({ problems, validatedGraph: graph, problemsByNode: groupByNode(problems, get().problemsByNode) });
    },
  };
}
