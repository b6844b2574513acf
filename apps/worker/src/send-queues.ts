import type { JourneyIR } from '@wayfarer/journey';
import type { NodeRegistry } from '@wayfarer/nodes';

/**
 * The IR with each send step pointed at its channel's task queue (`plan.taskQueue`), for the
 * channels this deployment runs send queues for; other steps run on the journey's own queue. Done
 * when a version is loaded, so versions published before send queues existed get them too (the
 * loaded IR is recorded in the workflow's history, so replays see what the run saw).
 */
export function withSendQueues(
  ir: JourneyIR,
  registry: NodeRegistry,
  queueOf: (channel: string) => string | undefined,
): JourneyIR {
  const steps = Object.fromEntries(
    Object.entries(ir.steps).map(([id, step]) => {
      const channel = step.plan.op === 'activity' ? registry.get(step.type)?.sendsOn?.(step.config) : undefined;
      const taskQueue = channel === undefined ? undefined : queueOf(channel);
      return [id, taskQueue === undefined ? step : { ...step, plan: { op: 'activity' as const, taskQueue } }];
    }),
  );
  return { ...ir, steps };
}
