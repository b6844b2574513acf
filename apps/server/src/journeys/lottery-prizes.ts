import type { Db } from '@wayfarer/db';
import type { JourneyGraph } from '@wayfarer/journey';
import { drawLotteryNode, winPort } from '@wayfarer/nodes';

/**
 * A draw step's prizes are its ports, so a step drawing from `lotteryId` lists that lottery's
 * prizes (as the editor does when a lottery is chosen); edges from prizes it does not have go.
 */
export async function withLotteryPrizes(db: Db, graph: JourneyGraph, lotteryId: string): Promise<JourneyGraph> {
  const prizes = await db
    .selectFrom('lotteryPrizes')
    .select(['key', 'name'])
    .where('lotteryId', '=', lotteryId)
    .orderBy('position')
    .execute();
  const drawing = new Set(
    graph.nodes
      .filter((node) => node.type === drawLotteryNode.type)
      .filter((node) => (node.data.config as { lotteryId?: unknown }).lotteryId === lotteryId)
      .map((node) => node.id),
  );
  if (drawing.size === 0) return graph;
  const ports = new Set([...prizes.map((prize) => winPort(prize.key)), 'lose']);
  return {
    ...graph,
    nodes: graph.nodes.map((node) =>
      drawing.has(node.id)
        ? { ...node, data: { ...node.data, config: { ...(node.data.config as object), prizes } } }
        : node,
    ),
    edges: graph.edges.filter((edge) => !drawing.has(edge.source) || ports.has(edge.sourceHandle)),
  };
}
