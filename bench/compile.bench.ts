import { compileJourney, type JourneyGraphInput } from '@wayfarer/journey';
import type { NodeRegistry } from '@wayfarer/nodes';

/** A valid journey of `size` nodes: a trigger and a chain of tag / wait / branch / send steps. */
export function generatedJourney(size: number): JourneyGraphInput {
  const nodes: JourneyGraphInput['nodes'] = [
    { id: 'n0', type: 'core.trigger.event', data: { config: { event: 'start' } } },
  ];
  const edges: NonNullable<JourneyGraphInput['edges']> = [];
  const link = (from: number, port: string, to: number) =>
    edges.push({ id: `e${from}-${port}`, source: `n${from}`, sourceHandle: port, target: `n${to}` });
  for (let index = 1; index < size - 1; index++) {
    const kind = index % 4;
    if (kind === 0) nodes.push({ id: `n${index}`, type: 'core.tag', data: { config: { add: [`t${index}`] } } });
    if (kind === 1)
      nodes.push({
        id: `n${index}`,
        type: 'core.wait',
        data: { config: { mode: 'duration', duration: { amount: 1, unit: 'hours' } } },
      });
    if (kind === 2)
      nodes.push({
        id: `n${index}`,
        type: 'core.branch',
        data: { config: { conditions: [{ subject: 'points', op: 'gte', value: index }] } },
      });
    if (kind === 3)
      nodes.push({
        id: `n${index}`,
        type: 'core.send',
        data: { config: { channel: 'outbox', name: `m${index}`, body: 'Hi {{ customer.name }}' } },
      });
    const previous = index - 1;
    const previousKind = previous === 0 ? -1 : previous % 4;
    if (previousKind === 2) {
      link(previous, 'true', index);
      link(previous, 'false', size - 1);
    } else link(previous, previousKind === 3 ? 'sent' : 'out', index);
  }
  const last = size - 2;
  link(last, last % 4 === 3 ? 'sent' : last % 4 === 2 ? 'true' : 'out', size - 1);
  if (last % 4 === 2) link(last, 'false', size - 1);
  nodes.push({ id: `n${size - 1}`, type: 'core.end' });
  return { nodes, edges };
}

/** Median milliseconds to compile a generated graph of `size` nodes. */
export function measureCompile(registry: NodeRegistry, size: number, runs: number): number {
  const graph = generatedJourney(size);
  const first = compileJourney(graph, registry);
  if (!first.ok)
    throw new Error(
      `generated graph is invalid: ${first.problems
        .slice(0, 3)
        .map((p) => p.message)
        .join('; ')}`,
    );
  // Warm up first: the figure is the steady state of a long-running server, not the JIT's first pass.
  for (let run = 0; run < 20; run++) compileJourney(graph, registry);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    compileJourney(graph, registry);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}
