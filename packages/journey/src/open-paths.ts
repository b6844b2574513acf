import type { Step } from './ir.schema';

/**
 * The ports by which leaving `step` ends the customer's journey there (completed): ports that lead
 * nowhere because nothing was connected to them (an open path). An End step has none: entering it
 * is the end.
 */
export function endingPorts(step: Pick<Step, 'next'>): string[] {
  return Object.entries(step.next)
    .filter(([, target]) => target === null)
    .map(([port]) => port);
}

/** How many visits ended the journey by an open path of `step`, given its visits left by port. */
export function endedByOpenPaths(step: Pick<Step, 'next'>, left: Readonly<Record<string, number>>): number {
  return endingPorts(step).reduce((sum, port) => sum + (Object.hasOwn(left, port) ? (left[port] ?? 0) : 0), 0);
}
