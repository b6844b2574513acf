// Pure decisions of routing: which trigger an event enters a journey by, and under which workflow id.
import {
  triggerMatchesEvent,
  type EventRuleLookup,
  type JourneyIR,
  type MatchableEvent,
  type NodeTypeLookup,
} from '@wayfarer/journey';
import { journeyWorkflowId, type JourneyEvent } from '@wayfarer/workflows';
import type { EventRow } from '@wayfarer/db';

/**
 * The trigger step a tracked event enters the journey by: the first event trigger that matches it
 * (by name and property filters, or by the event rule it names). Undefined when none does.
 */
export function findEventEntryStep(ir: JourneyIR, event: MatchableEvent, rules: EventRuleLookup): string | undefined {
  return ir.triggers.find(({ match }) => triggerMatchesEvent(match, event, rules))?.stepId;
}

/** The event rules of the deployment's node lookup (none without one): what rule triggers match with. */
export function eventRulesOf(lookup: NodeTypeLookup | undefined): EventRuleLookup {
  return { eventRule: (id) => lookup?.eventRule?.(id) };
}

/** The trigger step the API enters the journey by (`core.trigger.api`), if it has one. */
export function findApiEntryStep(ir: JourneyIR): string | undefined {
  return ir.triggers.find(({ match }) => match.on === 'api')?.stepId;
}

/** The trigger step a tag being added enters the journey by (`core.trigger.tag` on that tag), if any. */
export function findTagEntryStep(ir: JourneyIR, tag: string): string | undefined {
  return ir.triggers.find(({ match }) => match.on === 'tag' && match.tag === tag)?.stepId;
}

/**
 * The workflow id of an entry. "Enter once" uses one id per customer and journey, so Temporal and
 * the enrollments table refuse a second entry; where re-entry is allowed ("after_exit", "every")
 * each entry adds its key (the entry event id), so a retried event finds its own entry again.
 */
export function entryWorkflowId(
  journeyId: string,
  customerId: string,
  reentry: JourneyIR['settings']['reentry'],
  entryKey: string,
): string {
  switch (reentry) {
    case 'once':
      return journeyWorkflowId(journeyId, customerId);
    case 'after_exit':
    case 'every':
      return journeyWorkflowId(journeyId, customerId, entryKey);
    default: {
      const unreachable: never = reentry;
      return unreachable;
    }
  }
}

/** A stored event as it travels into a workflow (entry event or signal payload). */
export function toJourneyEvent(event: Pick<EventRow, 'id' | 'name' | 'properties' | 'timestamp'>): JourneyEvent {
  return { id: event.id, name: event.name, properties: event.properties, timestamp: event.timestamp.toISOString() };
}
