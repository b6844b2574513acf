import type { JourneyGraphInput } from '@wayfarer/journey';
import type { AnyNodeTypeSpec } from '@wayfarer/nodes';

/** The step under test's id in a one-step journey, and the event that starts it. */
export const STEP_ID = 'step';
export const STEP_TRIGGER_EVENT = 'node_kit_step';

/**
 * trigger → the step → one end per port. The ports are the spec's for `config` (none when the config
 * is invalid: publishing then reports what is wrong with it).
 */
export function stepGraph(spec: AnyNodeTypeSpec, config: unknown): JourneyGraphInput {
  // A registry holds specs of every config type: its schema is read as the zod schema it is.
  const schema = spec.config as { safeParse(value: unknown): { success: true; data: unknown } | { success: false } };
  const parsed = schema.safeParse(config);
  const ports = parsed.success ? spec.ports(parsed.data).map((port) => port.name) : [];
  return {
    name: `One ${spec.type} step`,
    nodes: [
      { id: 'trigger', type: 'core.trigger.event', data: { config: { event: STEP_TRIGGER_EVENT } } },
      { id: STEP_ID, type: spec.type, data: { config } },
      ...ports.map((port) => ({ id: `end_${port}`, type: 'core.end' })),
    ],
    edges: [
      { id: 'entry', source: 'trigger', sourceHandle: 'out', target: STEP_ID },
      ...ports.map((port) => ({ id: `on_${port}`, source: STEP_ID, sourceHandle: port, target: `end_${port}` })),
    ],
  };
}
