import type { z } from 'zod';
import type { NodeKind, RunPlan, TriggerMatch } from './ir.schema';

/** An outgoing connection point of a node. Unconnected optional ports end the journey. */
export interface PortDefinition {
  name: string;
  required?: boolean;
}

/**
 * What the compiler needs from a node type. `@wayfarer/nodes` specs satisfy it; the compiler
 * depends on this shape only, so pure code never imports the node packages.
 */
export interface CompilableNodeType {
  type: string;
  version: number;
  kind: NodeKind;
  config: z.ZodType;
  ports: (config: never) => readonly PortDefinition[];
  plan?: (config: never) => RunPlan;
  trigger?: (config: never) => TriggerMatch;
  /** `migrations[n]` turns a version-n config into a version-(n+1) config. */
  migrations?: Readonly<Record<number, (config: unknown) => unknown>>;
}

/** Looks node types up by their persisted type id. */
export interface NodeTypeLookup {
  get(type: string): CompilableNodeType | undefined;
}
