import type { JourneyGraph } from './graph.schema';
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION } from './graph.schema';
import type { JourneyIR } from './ir.schema';

/**
 * Rebuilds an editor graph from a compiled journey (for viewing or forking an old version).
 * Positions are laid out in breadth-first columns because the IR keeps none.
 */
export function irToGraph(ir: JourneyIR, name?: string): JourneyGraph {
  const column = new Map<string, number>();
  const queue = [...ir.start];
  for (const id of queue) column.set(id, 0);
  for (let index = 0; index < queue.length; index++) {
    const id = queue[index] ?? '';
    for (const target of Object.values(ir.steps[id]?.next ?? {})) {
      if (target && !column.has(target)) {
        column.set(target, (column.get(id) ?? 0) + 1);
        queue.push(target);
      }
    }
  }
  const rows = new Map<number, number>();
  const nodes = Object.values(ir.steps).map((step) => {
    const x = column.get(step.id) ?? 0;
    const y = rows.get(x) ?? 0;
    rows.set(x, y + 1);
    return {
      id: step.id,
      type: step.type,
      position: { x: x * 280, y: y * 140 },
      data: { config: step.config, typeVersion: step.typeVersion },
    };
  });
  const edges = Object.values(ir.steps).flatMap((step) =>
    Object.entries(step.next)
      .filter((entry): entry is [string, string] => entry[1] !== null)
      .map(([port, target]) => ({ id: `${step.id}:${port}`, source: step.id, sourceHandle: port, target })),
  );
  return {
    format: GRAPH_FORMAT,
    formatVersion: GRAPH_FORMAT_VERSION,
    ...(name === undefined ? {} : { name }),
    nodes,
    edges,
    settings: ir.settings,
  };
}
