import { simulationScenarioSchema } from '@wayfarer/simulation';
import { z } from 'zod';

/** Which form of the journey to simulate: the saved draft (compiled now) or a published version. */
export const simulationSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('draft') }),
  z.object({ kind: z.literal('version'), versionId: z.uuid() }),
]);
export type SimulationSource = z.infer<typeof simulationSourceSchema>;

/** Input of `simulation.run`. */
export const simulationRunInputSchema = simulationScenarioSchema.extend({
  journeyId: z.uuid(),
  source: simulationSourceSchema,
});
export type SimulationRunInput = z.infer<typeof simulationRunInputSchema>;
