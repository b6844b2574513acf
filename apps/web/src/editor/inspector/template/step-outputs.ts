// What earlier steps leave for a message: a coupon step's code, the prize a lucky draw gave. Only
// steps every path to this one may pass through count as "earlier"; a value a customer's path did
// not set renders empty, which is why the menu inserts these with a fallback.
import type { Locale, NodeRegistry } from '@wayfarer/nodes';

/** One value of an earlier step, as the variable menu offers it. */
export interface StepVariable {
  stepId: string;
  key: string;
  /** `steps.<step id>.<key>`: what the template prints. */
  path: string;
  /** In words: the step's name and the value's label. */
  label: string;
  sample: string | number;
}

interface GraphShape {
  nodes: readonly { id: string; type: string }[];
  edges: readonly { source: string; target: string }[];
}

/** Steps from which `nodeId` can be reached, nearest first. */
export function stepsBefore(graph: GraphShape, nodeId: string): string[] {
  const sources = new Map<string, string[]>();
  for (const edge of graph.edges) sources.set(edge.target, [...(sources.get(edge.target) ?? []), edge.source]);
  const seen = new Set<string>([nodeId]);
  const order: string[] = [];
  const queue = [nodeId];
  for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
    for (const source of sources.get(current) ?? []) {
      if (seen.has(source)) continue;
      seen.add(source);
      order.push(source);
      queue.push(source);
    }
  }
  return order;
}

/** How Liquid reads a step's value: dotted for ids like `coupon-issue-2`, quoted for any other id. */
export function stepPath(stepId: string, key: string): string {
  return /^[A-Za-z_][\w-]*$/.test(stepId) ? `steps.${stepId}.${key}` : `steps[${JSON.stringify(stepId)}].${key}`;
}

/** The values earlier steps leave for `nodeId`'s messages, named for the marketer. */
export function earlierStepVariables(
  graph: GraphShape,
  nodeId: string,
  registry: NodeRegistry,
  stepNames: Readonly<Record<string, string>>,
  locale: Locale,
): StepVariable[] {
  const types = new Map(graph.nodes.map((node) => [node.id, node.type]));
  return stepsBefore(graph, nodeId).flatMap((stepId) => {
    const outputs = registry.get(types.get(stepId) ?? '')?.outputs ?? [];
    return outputs.map((output) => ({
      stepId,
      key: output.key,
      path: stepPath(stepId, output.key),
      label: `${stepNames[stepId] ?? stepId} · ${output.label[locale]}`,
      sample: output.sample,
    }));
  });
}

/** The `steps` part of a preview scope: each earlier step's sample values. */
export function sampleSteps(variables: readonly StepVariable[]): Record<string, Record<string, string | number>> {
  const steps: Record<string, Record<string, string | number>> = {};
  for (const { stepId, key, sample } of variables) steps[stepId] = { ...steps[stepId], [key]: sample };
  return steps;
}
