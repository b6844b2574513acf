// Which running enrollments an event can matter to. A journey version is immutable, so what its
// enrollments can use (exit criteria, goal, waits for an event, steps that read events) is worked
// out once per version from its IR; the router then signals an event only where it can change
// something. A step of a type the lookup does not know may read any event, so its journey gets all.
import type { Enrollment } from '@wayfarer/db';
import { journeyEventsUsed, usesEvent, type EventsUsed, type JourneyIR, type NodeTypeLookup } from '@wayfarer/journey';
import { builtinNodeTypes, createNodeRegistry } from '@wayfarer/nodes';
import type { RoutingDeps } from './enter-journeys';

const builtins = createNodeRegistry(builtinNodeTypes);
/** Per lookup, per parsed IR (the version cache hands out one object per version). */
const answers = new WeakMap<NodeTypeLookup, WeakMap<JourneyIR, EventsUsed>>();

function eventsUsed(ir: JourneyIR, lookup: NodeTypeLookup): EventsUsed {
  let byIr = answers.get(lookup);
  if (byIr === undefined) answers.set(lookup, (byIr = new WeakMap()));
  let used = byIr.get(ir);
  if (used === undefined) byIr.set(ir, (used = journeyEventsUsed(ir, lookup)));
  return used;
}

/** The enrollments whose journey can use an event named `name`, in the order given. */
export async function enrollmentsUsing(
  deps: Pick<RoutingDeps, 'loadVersion' | 'nodeTypes'>,
  enrollments: readonly Enrollment[],
  name: string,
): Promise<Enrollment[]> {
  const lookup = deps.nodeTypes ?? builtins;
  const uses = await Promise.all(
    enrollments.map(async (enrollment) =>
      usesEvent(eventsUsed(await deps.loadVersion(enrollment.journeyVersionId), lookup), name),
    ),
  );
  return enrollments.filter((_, index) => uses[index]);
}
