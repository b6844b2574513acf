import { journeyGraphSchema } from '@wayfarer/journey';
import type { NodeRegistry } from '@wayfarer/nodes';
import { upgradeGraph } from '../graph/upgrade';
import type { EditorDocument } from '../store/document-slice';

/**
 * The editor's document for a journey as the server returns it. The graph is parsed again (over
 * JSON, `config: unknown` may arrive missing) and node configs are brought up to date.
 */
export function toDocument(journey: { name: string; draft: unknown }, registry: NodeRegistry): EditorDocument {
  return { graph: upgradeGraph(journeyGraphSchema.parse(journey.draft), registry), name: journey.name };
}
