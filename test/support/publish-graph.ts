import { createJourney, publishJourneyVersion, type Db } from '@wayfarer/db';
import { compileJourney, type JourneyGraphInput, type JourneyIR } from '@wayfarer/journey';
import type { NodeRegistry } from '@wayfarer/nodes';

export interface PublishedGraph {
  journeyId: string;
  versionId: string;
  ir: JourneyIR;
}

/** Compiles `graph` (throwing with every problem) and publishes it as a live journey of the workspace. */
export async function publishGraph(
  db: Db,
  registry: NodeRegistry,
  journey: { workspaceId: string; name: string; graph: JourneyGraphInput },
): Promise<PublishedGraph> {
  const { workspaceId, name, graph } = journey;
  const compiled = compileJourney(graph, registry);
  if (!compiled.ok) throw new Error(compiled.problems.map((problem) => problem.message).join('\n'));
  const created = await createJourney(db, { workspaceId, name, draft: graph });
  const version = await publishJourneyVersion(db, {
    workspaceId,
    journeyId: created.id,
    ir: compiled.value,
    hash: compiled.value.hash,
    graph,
  });
  return { journeyId: created.id, versionId: version.id, ir: compiled.value };
}
