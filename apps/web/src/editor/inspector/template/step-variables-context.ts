// The earlier steps' values reach the template fields of the step being edited through context:
// the panel knows the graph, the fields deep inside the form do not.
import { createContext, useContext } from 'react';
import type { StepVariable } from './step-outputs';

/** The earlier steps' values for the template fields of the step being edited (none outside the editor). */
export const StepVariablesContext = createContext<readonly StepVariable[]>([]);

export function useStepVariables(): readonly StepVariable[] {
  return useContext(StepVariablesContext);
}
