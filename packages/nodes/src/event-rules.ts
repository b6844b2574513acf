// Event rules a node package adds: matching rules on incoming events that its triggers name. The
// rule's code runs in the router (server and worker), never in the workflow, so it may be any pure
// function of the event; the published journey stores only the rule's id and its config.
import type { z } from 'zod';
import type { EventRule, MatchableEvent, TriggerMatch } from '@wayfarer/journey';

/** The input of {@link defineEventRule}. */
export interface EventRuleDefinition<TSchema extends z.ZodType> {
  /** Namespaced, persisted, never renamed, never given a new meaning: `acme.purchase-over`. */
  id: string;
  config: TSchema;
  /** The event names the rule can match for this config (the router asks it about no others). */
  events: (config: z.output<TSchema>) => readonly string[];
  /** Pure and deterministic: no I/O, no clock, no randomness. */
  matches: (config: z.output<TSchema>, event: MatchableEvent) => boolean;
}

/** Declares an event rule (typed identity, like `defineNodeType`). */
export function defineEventRule<TSchema extends z.ZodType>(
  definition: EventRuleDefinition<TSchema>,
): EventRule<z.output<TSchema>> {
  return Object.freeze({ ...definition, config: definition.config as z.ZodType<z.output<TSchema>> });
}

/** A trigger's match on an event rule: what a node type's `trigger` hook returns to use one. */
export function ruleTrigger<TConfig>(rule: EventRule<TConfig>, config: TConfig): TriggerMatch {
  return { on: 'rule', rule: rule.id, events: [...rule.events(config)], config };
}
