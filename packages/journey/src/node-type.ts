import type { z } from 'zod';
import type { NodeKind, RunPlan, TriggerMatch } from './ir.schema';
import type { AnyEventRule } from './event-rule';
import type { AssetReference, ConfigWarning } from './references';

/**
 * An outgoing connection point of a node. An unconnected port ends the journey there (completed),
 * unless it names a `fallback`: then it leads where that port leads (a send that was skipped
 * carries on along the `sent` path, as Braze and Customer.io do), and connecting it branches instead.
 */
export interface PortDefinition {
  name: string;
  /**
   * A trigger's required port must be wired (a journey that starts nowhere is an error); on other
   * steps it only tells the editor which exits are the main path (`false`: a side exit).
   */
  required?: boolean;
  /** The port whose target an unconnected optional port follows. */
  fallback?: string;
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
  /** The workspace assets the (valid) config names: checked to exist when the journey is published. */
  references?: (config: never) => readonly AssetReference[];
  /** What may go wrong for some customers (not an error: publishing warns). */
  warnings?: (config: never) => readonly ConfigWarning[];
  /**
   * Names of the events the step's runtime reads from the customer's journey events (a branch on
   * "did X"). Absent on a step that runs in an activity: it may read any (see events-used.ts).
   */
  eventsRead?: (config: never) => readonly string[];
}

/** Looks node types up by their persisted type id, and the event rules their triggers name. */
export interface NodeTypeLookup {
  get(type: string): CompilableNodeType | undefined;
  /** Absent: no event rules (a trigger that names one does not compile). */
  eventRule?(id: string): AnyEventRule | undefined;
}
