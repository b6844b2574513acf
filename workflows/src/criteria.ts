import type { Comparison } from '@wayfarer/journey';
import { matchesAll } from '@wayfarer/journey/conditions';
import type { JourneyEvent } from './contract';

/** An event name plus filters on its properties (exit criteria, goals, await-event waits). */
export interface EventFilter {
  event: string;
  where: readonly Comparison[];
}

/** True when `event` is the filter's event and its properties pass every comparison. */
export function eventMatches(event: JourneyEvent, filter: EventFilter): boolean {
  return event.name === filter.event && matchesAll(event.properties, filter.where);
}
