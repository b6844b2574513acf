import type { JourneyIR } from '@wayfarer/journey';

/**
 * The version's step ids in walking order: breadth-first from the entry steps along each step's
 * ports, then any step not reached that way. Reports list nodes as a marketer reads the journey.
 */
export function stepsInWalkingOrder(ir: Pick<JourneyIR, 'start' | 'steps'>): string[] {
  const ordered: string[] = [];
  const seen = new Set<string>();
  const queue = [...ir.start];
  while (queue.length > 0) {
    const stepId = queue.shift();
    if (stepId === undefined || seen.has(stepId)) continue;
    const step = ir.steps[stepId];
    if (!step) continue;
    seen.add(stepId);
    ordered.push(stepId);
    for (const next of Object.values(step.next)) if (next !== null) queue.push(next);
  }
  return [...ordered, ...Object.keys(ir.steps).filter((stepId) => !seen.has(stepId))];
}
