import type { JourneyIR, Step } from './ir.schema';
import type { NodeTypeLookup } from './node-type';

/** The events a running enrollment of a journey version can react to: some names, or any event. */
export type EventsUsed = { kind: 'any' } | { kind: 'names'; names: ReadonlySet<string> };

const ANY: EventsUsed = { kind: 'any' };

/** What one step reads from the events the customer does while enrolled; undefined: it may read any. */
function stepReads(step: Step, registry: NodeTypeLookup): readonly string[] | undefined {
  const { plan } = step;
  if (plan.op === 'await-event') return [plan.event];
  if (plan.op !== 'activity') return [];
  // Its runtime gets the journey's events; only its node type can say which it reads. A config
  // stored under another version of the type is not what `eventsRead` was written for.
  const spec = registry.get(step.type);
  if (spec?.eventsRead === undefined || spec.version !== step.typeVersion) return undefined;
  return spec.eventsRead(step.config as never);
}

/**
 * The events an enrollment of this version can use, wherever it stands: the exit criteria, the
 * goal, the waits for an event and what its steps read (a branch on a past event). An event of any
 * other name changes nothing in it, so the router need not signal it. Pure; versions are immutable,
 * so callers cache the answer per version.
 */
export function journeyEventsUsed(ir: JourneyIR, registry: NodeTypeLookup): EventsUsed {
  const names = new Set<string>(ir.exit.map((criterion) => criterion.event));
  if (ir.goal !== null) names.add(ir.goal.event);
  for (const step of Object.values(ir.steps)) {
    const reads = stepReads(step, registry);
    if (reads === undefined) return ANY;
    for (const name of reads) names.add(name);
  }
  return { kind: 'names', names };
}

/** Whether an enrollment that uses `used` can react to an event named `name`. */
export function usesEvent(used: EventsUsed, name: string): boolean {
  return used.kind === 'any' || used.names.has(name);
}
