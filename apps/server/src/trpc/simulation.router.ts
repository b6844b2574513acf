import { runSimulation } from '../simulation/run-simulation';
import { simulationRunInputSchema } from '../simulation/simulation-input';
import { router, workspaceProcedure } from './trpc';

export const simulationRouter = router({
  /**
   * Test-runs a journey for one customer (existing or made up) over `days`, with events injected at
   * chosen hours: the path with simulated timestamps, rendered messages and rewards. Writes nothing.
   * A mutation: it runs a workflow and its input can be large.
   */
  run: workspaceProcedure
    .input(simulationRunInputSchema)
    .mutation(({ ctx, input }) => runSimulation(ctx.services, ctx.workspaceId, input)),
});
