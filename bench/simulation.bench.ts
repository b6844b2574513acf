// `simulation_30d_ms`: how long a marketer waits for a "test run" (issue 7) of a 30-day journey
// with two waits and an injected purchase, on the simulator's time-skipping test server. Median of
// several runs after warm-up (bundling, test server start and the JIT are not counted).
import { compileJourney } from '@wayfarer/journey';
import type { RuntimeRegistry } from '@wayfarer/nodes/runtime';
import { createWorkspace, upsertCustomer } from '@wayfarer/db';
import { provideTemporalBinary, temporalProvisionFromEnv } from '@wayfarer/provision';
import { createSimulator, type SimulationRequest } from '@wayfarer/simulation';
import { welcomeJourney } from '../test/integration/simulation/support';
import { openBenchDatabase } from './bench-database';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export async function benchSimulation(
  results: Record<string, number>,
  runtimes: RuntimeRegistry,
  options: { quick: boolean },
): Promise<void> {
  const database = await openBenchDatabase();
  const testServerPath = await provideTemporalBinary('temporal-test-server', temporalProvisionFromEnv());
  const simulator = createSimulator({ db: database.db, runtimes, testServerPath });
  try {
    const compiled = compileJourney(welcomeJourney, runtimes.nodes);
    if (!compiled.ok) throw new Error(compiled.problems.map((problem) => problem.message).join('; '));
    const workspace = await createWorkspace(database.db, 'Bench');
    const customer = await upsertCustomer(database.db, {
      workspaceId: workspace.id,
      externalId: 'bench',
      traits: { name: 'Mei' },
    });
    const request: SimulationRequest = {
      workspaceId: workspace.id,
      journeyId: '00000000-0000-4000-8000-000000000000',
      ir: compiled.value,
      customer: { kind: 'existing', customerId: customer.id },
      startEvent: { name: 'signed_up', properties: {} },
      days: 30,
      // Day 5: the purchase ends the second wait, so the run goes through both waits.
      events: [{ atHours: 120, name: 'purchase', properties: { amount: 30 } }],
    };
    await simulator.warmUp();
    for (let run = 0; run < 3; run++) await simulator.simulate(request);
    const times: number[] = [];
    for (let run = 0; run < (options.quick ? 5 : 15); run++) {
      const begin = performance.now();
      const result = await simulator.simulate(request);
      times.push(performance.now() - begin);
      if (result.steps.at(-1)?.stepId !== 'end-thanked') throw new Error('The simulation took an unexpected path.');
    }
    results.simulation_30d_ms = median(times);
    console.log(`simulation: ${times.length} runs of a 30-day journey (two waits, one injected event)`);
  } finally {
    await simulator.close();
    await database.close();
  }
}
