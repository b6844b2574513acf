// Pure decisions of routing: which trigger an event enters a journey by, and under which workflow id.
import { matchesAll, type JourneyIR } from '@wayfarer/journey';
import { journeyWorkflowId, type JourneyEvent } from '@wayfarer/workflows';
import type { EventRow } from '@wayfarer/db';

/**
 * The trigger step a tracked event enters the journey by: the first event trigger whose event
 * name matches and whose property filters all pass. Undefined when none does.
 */
export function findEventEntryStep(
  ir: JourneyIR,
  event: Pick<JourneyEvent, 'name' | 'properties'>,
): string | undefined {
  const trigger = ir.triggers.find(
    ({ match }) => match.on === 'event' && match.event === event.name && matchesAll(event.properties, match.where),
  );
  return trigger?.stepId;
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
