// Where and when the test run's customer enters: the event trigger for the start event's name, else
// the first trigger; a date trigger enters at its next scheduled local time for this customer.
import { triggerEventNames, type JourneyIR } from '@wayfarer/journey';
import { dueOccurrence } from '@wayfarer/nodes';
import type { CustomerSnapshot } from '@wayfarer/nodes/runtime';
import { SimulationError } from './simulation-error';

const YEAR_MS = 366 * 86_400_000;

export interface SimulatedStart {
  entryStepId: string;
  /** How long after the start of the test run the customer enters (0 but for a date trigger). */
  delayMs: number;
}

export function simulatedStart(
  ir: JourneyIR,
  eventName: string,
  customer: CustomerSnapshot,
  now: Date,
): SimulatedStart {
  const byEvent = ir.triggers.find((trigger) => triggerEventNames(trigger.match).includes(eventName));
  const trigger = byEvent ?? ir.triggers[0];
  if (!trigger) throw new SimulationError('no_trigger', 'The journey has no trigger to enter by.');
  const { match } = trigger;
  if (match.on !== 'date') return { entryStepId: trigger.stepId, delayMs: 0 };
  const value = customer.attributes[match.attribute];
  const window = { from: now, to: new Date(now.getTime() + YEAR_MS) };
  const occurrence = dueOccurrence(value, customer.timezone, { offsetDays: match.offsetDays, at: match.at }, window);
  if (!occurrence)
    throw new SimulationError(
      'no_date',
      `The customer has no date in "${match.attribute}", so this journey would never start for them.`,
    );
  return { entryStepId: trigger.stepId, delayMs: occurrence.firesAt.getTime() - now.getTime() };
}
