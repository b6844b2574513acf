// How an incoming event is matched against a trigger. An event rule is a pure, deterministic test
// of one event (its name and properties) with a config of its own; node packages add rules and a
// trigger names one in its match (`on: 'rule'`). The built-in event trigger (`on: 'event'`: a name
// and property comparisons) is a rule too, so every event trigger is matched one way.
import { z } from 'zod';
import { comparisonSchema } from './condition.schema';
import { matchesAll, type Comparison } from './conditions';
import type { TriggerMatch } from './ir.schema';

/** What a rule sees of an event: never its time of arrival or anything outside it. */
export interface MatchableEvent {
  name: string;
  properties: Record<string, unknown>;
}

/**
 * A matching rule on incoming events. `id` is persisted in published journeys (namespaced, never
 * renamed, and its meaning never changed: a new meaning is a new id). `matches` must be pure and
 * deterministic: the same event and config always give the same answer, with no I/O or clock.
 */
export interface EventRule<TConfig = unknown> {
  id: string;
  config: z.ZodType<TConfig>;
  /** The event names the rule can match for this config; the router asks it about no others. */
  events: (config: TConfig) => readonly string[];
  matches: (config: TConfig, event: MatchableEvent) => boolean;
}

/** Any event rule, whatever its config type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- variance escape hatch for heterogeneous registries
export type AnyEventRule = EventRule<any>;

/** Looks event rules up by id (the node registry, which loads them from the configured packages). */
export interface EventRuleLookup {
  eventRule(id: string): AnyEventRule | undefined;
}

/** The built-in event trigger's rule: the event's name, and every comparison on its properties. */
export const namedEventRule: EventRule<{ event: string; where: readonly Comparison[] }> = {
  id: 'core.event',
  config: z.object({ event: z.string(), where: z.array(comparisonSchema) }),
  events: (config) => [config.event],
  matches: (config, event) => event.name === config.event && matchesAll(event.properties, config.where),
};

/** The names of the events that can start a journey at this trigger (none: it is not an event trigger). */
export function triggerEventNames(match: TriggerMatch): readonly string[] {
  if (match.on === 'event') return [match.event];
  if (match.on === 'rule') return match.events;
  return [];
}

// A published config is valid for its rule (the compiler checked); parsed once per match object
// (the version cache hands out one parsed IR per version) to apply the rule's defaults.
const parsedConfigs = new WeakMap<object, { success: boolean; data?: unknown }>();

function ruleConfig(
  rule: AnyEventRule,
  match: Extract<TriggerMatch, { on: 'rule' }>,
): { success: boolean; data?: unknown } {
  let parsed = parsedConfigs.get(match);
  if (parsed === undefined) parsedConfigs.set(match, (parsed = rule.config.safeParse(match.config)));
  return parsed;
}

/**
 * Whether an event starts a journey at a trigger with this match. A rule the lookup does not know
 * (its package was removed from the deployment) matches nothing.
 */
export function triggerMatchesEvent(match: TriggerMatch, event: MatchableEvent, rules: EventRuleLookup): boolean {
  if (match.on === 'event') return namedEventRule.matches(match, event);
  if (match.on !== 'rule' || !match.events.includes(event.name)) return false;
  const rule = rules.eventRule(match.rule);
  if (rule === undefined) return false;
  const config = ruleConfig(rule, match);
  return config.success && rule.matches(config.data, event) === true;
}

/** A lookup that knows no rule (the built-in triggers need none). */
export const noEventRules: EventRuleLookup = { eventRule: () => undefined };
