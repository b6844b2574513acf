import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTRPC } from '../../app/trpc';
import { pathHighlight } from '../analytics/path-highlight';
import { useEditorStore } from '../store/editor-context';
import type { SimulationInput } from './sim-form';
import type { Diagnostic } from '@wayfarer/journey';
import { readApiFailure, type ApiIssue } from '../../app/api-error';

/** Runs `simulation.run` and highlights the path it took on the canvas (cleared on unmount). */
export function useSimulation() {
  const trpc = useTRPC();
  const store = useEditorStore();
  const run = useMutation(
    trpc.simulation.run.mutationOptions({
      onMutate: () => store.getState().setHighlight(null),
      onSuccess: (result) =>
        store.getState().setHighlight(pathHighlight(result.steps, store.getState().doc.graph.edges)),
    }),
  );
  useEffect(() => () => store.getState().setHighlight(null), [store]);
  const problems: readonly Diagnostic[] = run.error?.data?.problems ?? [];
  const issues: readonly ApiIssue[] = readApiFailure(run.error).issues;
  return {
    start: (input: SimulationInput) => run.mutate(input),
    result: run.data,
    pending: run.isPending,
    error: run.error,
    problems,
    issues,
  };
}
