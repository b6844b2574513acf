import type { z } from 'zod';
import type { AssetReference, ConfigWarning, NodeKind, PortDefinition, RunPlan, TriggerMatch } from '@wayfarer/journey';
import type { ExperimentDefinition } from '@wayfarer/experiments/schema';

export const locales = ['en', 'zh-TW', 'zh-CN'] as const;
export type Locale = (typeof locales)[number];
/** Text shown to marketers, in every UI language. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/** Palette group a node type appears in. */
export type NodeCategory = 'triggers' | 'actions' | 'flow' | 'rewards' | 'custom';

/** A port whose name is a literal type, so `execute` can only return ports the node has. */
export interface Port<TPort extends string = string> extends PortDefinition {
  name: TPort;
  /** Shown on the handle and in the side panel, in every UI language. */
  label?: LocalizedText;
}

/** A label that reads the same in every language (a percentage, a marketer's own path name). */
export function sameInEveryLocale(text: string): LocalizedText {
  return { en: text, 'zh-TW': text, 'zh-CN': text };
}

/**
 * A value a step leaves for later steps, which a message prints as `{{ steps.<step id>.<key> }}`:
 * the editor offers it under "Insert variable" for the steps after this one, with `sample` in previews.
 */
export interface StepOutput {
  key: string;
  label: LocalizedText;
  sample: string | number;
}

/** The input of {@link defineNodeType}: pure data and zod, safe in browser, server and workflow. */
export interface NodeTypeDefinition<TType extends string, TSchema extends z.ZodType, TPort extends string> {
  /** Namespaced, persisted, never renamed: `core.send`, `acme.erp-sync`. */
  type: TType;
  version: number;
  kind: NodeKind;
  category: NodeCategory;
  title: LocalizedText;
  description: LocalizedText;
  config: TSchema;
  /** Fixed ports, or ports derived from the (validated) config. */
  ports: readonly Port<TPort>[] | ((config: z.output<TSchema>) => readonly Port<TPort>[]);
  /** How the interpreter runs the step; defaults by kind (actions run in the generic activity). */
  plan?: (config: z.output<TSchema>) => RunPlan;
  /**
   * `plan` never returns `activity` (a wait for an event, a pause): the interpreter runs the step on
   * its own and the type needs no runtime facet.
   */
  planOnly?: boolean;
  /** For triggers: which incoming facts start the journey here. */
  trigger?: (config: z.output<TSchema>) => TriggerMatch;
  /**
   * For actions that message customers: the channel the step sends on (`line`, `email`…). The worker
   * runs such steps on that channel's own task queue, under its rate limit.
   */
  sendsOn?: (config: z.output<TSchema>) => string;
  /** `migrations[n]` upgrades a config saved at version n to version n + 1. */
  migrations?: Readonly<Record<number, (config: unknown) => unknown>>;
  /** Workspace assets the config names (a channel, a lottery id, a badge key): publishing checks they exist. */
  references?: (config: z.output<TSchema>) => readonly AssetReference[];
  /** What may go wrong for some customers (publishing warns, e.g. an attribute they may lack). */
  warnings?: (config: z.output<TSchema>) => readonly ConfigWarning[];
  /**
   * For steps that run in an activity: the names of the events the runtime reads from
   * `journeyEvents` (none: `() => []`). The event router signals a running enrollment only the
   * events its journey can use; a type that does not say gets every event of its customers.
   */
  eventsRead?: (config: z.output<TSchema>) => readonly string[];
  /**
   * The step runs an A/B/n test (its arms in order, metric, winner rule), or null when this config
   * tests nothing. The worker stores assignments and the daily decision picks winners for it.
   */
  experiment?: (config: z.output<TSchema>) => ExperimentDefinition | null;
  /**
   * The step delivers something to the customer (a message, a reward): for customers held out of
   * it (a journey's holdout, the workspace's control group) it is not run and they follow this port.
   */
  whenWithheld?: (config: z.output<TSchema>) => TPort;
  /** Values later steps' messages may print (a coupon code, the prize won). */
  outputs?: readonly StepOutput[];
}

/** A node type spec: the definition with `ports` always a function. */
export interface NodeTypeSpec<
  TType extends string = string,
  TSchema extends z.ZodType = z.ZodType,
  TPort extends string = string,
> extends Omit<NodeTypeDefinition<TType, TSchema, TPort>, 'ports'> {
  ports: (config: z.output<TSchema>) => readonly Port<TPort>[];
  /** The ports when they do not depend on the config (absent when they do). */
  fixedPorts?: readonly Port<TPort>[];
}

/** Any node type spec, whatever its literal types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- variance escape hatch for heterogeneous registries
export type AnyNodeTypeSpec = NodeTypeSpec<string, any, string>;

/** Config type of a spec, as `execute` and the editor form receive it. */
export type ConfigOf<TSpec> = TSpec extends NodeTypeSpec<string, infer TSchema, string> ? z.output<TSchema> : never;
/** Port names of a spec. */
export type PortOf<TSpec> = TSpec extends NodeTypeSpec<string, z.ZodType, infer TPort> ? TPort : never;

/** Declares a node type. Pure: no I/O, no React; facets attach in `/editor` and `/runtime`. */
export function defineNodeType<TType extends string, TSchema extends z.ZodType, TPort extends string>(
  definition: NodeTypeDefinition<TType, TSchema, TPort>,
): NodeTypeSpec<TType, TSchema, TPort> {
  const { ports } = definition;
  if (typeof ports === 'function') return Object.freeze({ ...definition, ports });
  return Object.freeze({ ...definition, ports: () => ports, fixedPorts: ports });
}
