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

/**
 * The workflow id of an entry. "Enter once" uses one id per customer and journey, so Temporal and
 * the enrollments table refuse a second entry; "always" adds the entry key (the event id).
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
    case 'always':
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
