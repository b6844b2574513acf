import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTRPC } from '../../app/trpc';
import { pathHighlight } from '../analytics/path-highlight';
import { useEditorStore } from '../store/editor-context';
import type { SimulationInput } from './sim-form';

/** A journey problem as the server reports it when the draft does not compile. */
export interface ServerProblem {
  nodeId?: string | null;
  message: string;
}

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
  const problems: readonly ServerProblem[] = run.error?.data?.problems ?? [];
  const issues: readonly { path: string; message: string }[] = run.error?.data?.issues ?? [];
  return {
    start: (input: SimulationInput) => run.mutate(input),
    result: run.data,
    pending: run.isPending,
    error: run.error,
    problems,
    issues,
  };
}
