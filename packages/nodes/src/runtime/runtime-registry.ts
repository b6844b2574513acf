import type { AnyNodeTypeSpec } from '../define';
import { indexFacets, type NodeRegistry } from '../registry';
import type { AnyRuntimeFacet } from './define-runtime';

/** Whether the interpreter calls the step activity for this node type (see RunPlan). */
export function needsRuntime(spec: AnyNodeTypeSpec): boolean {
  return spec.kind === 'action' || spec.kind === 'branch' || spec.kind === 'wait';
}

/** Runtime facets keyed by type. */
export interface RuntimeRegistry {
  nodes: NodeRegistry;
  get(type: string): AnyRuntimeFacet | undefined;
}

/**
 * Pairs specs with runtime facets. Every action, branch and wait type needs one (a wait or split
 * that compiles to a timer or split simply never gets called).
 */
export function createRuntimeRegistry(nodes: NodeRegistry, facets: readonly AnyRuntimeFacet[]): RuntimeRegistry {
  const byType = indexFacets(nodes, facets, 'runtime', needsRuntime);
  return { nodes, get: (type) => byType.get(type) };
}
