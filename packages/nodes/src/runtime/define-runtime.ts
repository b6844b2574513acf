import type { ConfigOf, NodeTypeSpec, PortOf } from '../define';
import type { RuntimeContext, StepResult } from './context';

/** The runtime facet of a node type: runs in the worker's generic step activity. */
export interface RuntimeFacet<TSpec = NodeTypeSpec> {
  type: string;
  spec: TSpec;
  execute(config: ConfigOf<TSpec>, context: RuntimeContext): Promise<StepResult<PortOf<TSpec>>>;
}

/** Any runtime facet, for heterogeneous registries. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- variance escape hatch for heterogeneous registries
export type AnyRuntimeFacet = RuntimeFacet<any>;

/** Attaches `execute` to a spec; config and port types come from the spec. */
export function defineRuntime<TSpec extends NodeTypeSpec>(
  spec: TSpec,
  execute: (config: ConfigOf<TSpec>, context: RuntimeContext) => Promise<StepResult<PortOf<TSpec>>>,
): RuntimeFacet<TSpec> {
  return { type: spec.type, spec, execute };
}
