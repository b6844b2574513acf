import { getJourneyVersion } from '@wayfarer/db';
import { z } from 'zod';
import type { Services } from '../services';
import type { NodeLabel } from './stats-csv';

// Only what a label needs; the version's graph was validated when it was published.
const graphNodesSchema = z.object({
  nodes: z.array(
    z.object({ id: z.string(), type: z.string(), data: z.object({ label: z.string().optional() }).optional() }),
  ),
});

/** Node type and title (the marketer's label, else the node type's English title) by node id. */
export async function loadNodeLabels(services: Services, versionId: string): Promise<Map<string, NodeLabel>> {
  const version = await getJourneyVersion(services.db, versionId);
  const parsed = graphNodesSchema.safeParse(version.graph);
  const nodes = parsed.success ? parsed.data.nodes : [];
  return new Map(
    nodes.map((node) => {
      const label = node.data?.label?.trim();
      const title =
        label !== undefined && label !== '' ? label : (services.registry.get(node.type)?.title.en ?? node.type);
      return [node.id, { type: node.type, title }];
    }),
  );
}
