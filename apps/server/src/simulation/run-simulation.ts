import { DataError, getJourney, getJourneyVersion, type Db } from '@wayfarer/db';
import { compileJourney, journeyIRSchema, type JourneyIR } from '@wayfarer/journey';
import type { NodeRegistry } from '@wayfarer/nodes';
import type { SimulationResult } from '@wayfarer/simulation';
import { InvalidJourneyError } from '../journeys/journey-errors';
import type { LazySimulator } from './lazy-simulator';
import type { SimulationRunInput, SimulationSource } from './simulation-input';

export interface SimulationServices {
  db: Db;
  registry: NodeRegistry;
  simulation: LazySimulator;
}

/** The IR to simulate: the draft compiled now (refused with its problems) or a version's stored IR. */
async function journeyIR(
  services: SimulationServices,
  workspaceId: string,
  journeyId: string,
  source: SimulationSource,
): Promise<JourneyIR> {
  const journey = await getJourney(services.db, workspaceId, journeyId);
  switch (source.kind) {
    case 'draft': {
      const compiled = compileJourney(journey.draft, services.registry);
      if (!compiled.ok) throw new InvalidJourneyError(compiled.problems);
      return compiled.value;
    }
    case 'version': {
      const version = await getJourneyVersion(services.db, source.versionId);
      if (version.workspaceId !== workspaceId || version.journeyId !== journeyId)
        throw new DataError('not_found', `Journey version ${source.versionId} not found.`);
      return journeyIRSchema.parse(version.ir);
    }
    default: {
      const unreachable: never = source;
      return unreachable;
    }
  }
}

/** Simulates the journey for one customer over the given days; nothing is sent or stored. */
export async function runSimulation(
  services: SimulationServices,
  workspaceId: string,
  input: SimulationRunInput,
): Promise<SimulationResult> {
  const { journeyId, source, ...scenario } = input;
  const ir = await journeyIR(services, workspaceId, journeyId, source);
  const simulator = await services.simulation.get();
  return simulator.simulate({ workspaceId, journeyId, ir, ...scenario });
}
