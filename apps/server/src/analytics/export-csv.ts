import { getJourney } from '@wayfarer/db';
import type { Services } from '../services';
import { loadNodeLabels } from './node-labels';
import { buildNodeStats } from './node-stats';
import { nodeStatsCsv, statsCsvFilename } from './stats-csv';
import type { StatsRangeInput } from './stats-input';

/** The node stats of a journey's report version as a CSV file (NOT_FOUND for another workspace's journey). */
export async function exportNodeStatsCsv(
  services: Services,
  request: StatsRangeInput & { workspaceId: string; journeyId: string },
): Promise<{ filename: string; csv: string }> {
  const journey = await getJourney(services.db, request.workspaceId, request.journeyId);
  const stats = await buildNodeStats(services, request);
  const labels = stats.versionId === null ? new Map() : await loadNodeLabels(services, stats.versionId);
  return { filename: statsCsvFilename(journey.name), csv: nodeStatsCsv(stats.nodes, labels) };
}
