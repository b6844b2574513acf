import type { GraphEdge } from '@wayfarer/journey';
import type { PathHighlight } from '../store/overlay-slice';

/** A step of a walked path: where the customer was, and the port they left by (null: still there / ended). */
export interface WalkedStep {
  stepId: string;
  port: string | null;
}

/**
 * The canvas highlight of a walked path: every step visited, and every edge taken — the edge of the
 * port a step was left by (one edge per port, so source and port name it).
 */
export function pathHighlight(
  steps: readonly WalkedStep[],
  edges: readonly Pick<GraphEdge, 'id' | 'source' | 'sourceHandle'>[],
): PathHighlight {
  const taken = new Set(steps.flatMap((step) => (step.port === null ? [] : [`${step.stepId}\n${step.port}`])));
  return {
    nodes: new Set(steps.map((step) => step.stepId)),
    edges: new Set(edges.filter((edge) => taken.has(`${edge.source}\n${edge.sourceHandle}`)).map((edge) => edge.id)),
  };
}
