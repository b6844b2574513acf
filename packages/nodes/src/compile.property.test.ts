// Property-based tests of the compiler against the real built-in node types: it must never throw
// on anything a client could send, and every well-formed journey must compile and round-trip.
import { compileJourney, irToGraph, type JourneyGraphInput } from '@wayfarer/journey';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinNodeTypes } from './builtins';
import { createNodeRegistry } from './registry';

const registry = createNodeRegistry(builtinNodeTypes);
const builtinTypes = builtinNodeTypes.map((spec) => spec.type);
const knownPorts = [
  'out',
  'true',
  'false',
  'sent',
  'skipped',
  'failed',
  'event',
  'timeout',
  'path_1',
  'path_2',
  'path_3',
];

function compiles(graph: unknown): boolean {
  return compileJourney(graph, registry).ok;
}

// ---------------------------------------------------------------------------------------------
// (a) Never throws.

const smallId = fc.constantFrom('a', 'b', 'c', 'd', 'e', '__proto__', 'constructor', 'toString');

/** Configs that are sometimes valid, often nearly valid, often garbage. */
const anyConfig = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record(
    {
      event: fc.oneof(fc.string(), fc.integer()),
      mode: fc.constantFrom('duration', 'time_of_day', 'event', 'nope'),
      duration: fc.record({
        amount: fc.oneof(fc.integer({ min: -2, max: 3 }), fc.double()),
        unit: fc.constantFrom('minutes', 'days', 'years'),
      }),
      time: fc.constantFrom('09:00', '24:00', 'noon'),
      conditions: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
      paths: fc.array(fc.record({ percent: fc.integer({ min: -10, max: 110 }) }), { maxLength: 4 }),
      add: fc.array(fc.string(), { maxLength: 3 }),
      points: fc.oneof(fc.integer(), fc.double()),
      name: fc.string(),
      body: fc.string(),
    },
    { requiredKeys: [] },
  ),
);

const randomNode = fc.record(
  {
    id: fc.oneof(smallId, fc.string({ maxLength: 3 })),
    type: fc.oneof(fc.constantFrom(...builtinTypes), fc.string({ maxLength: 8 })),
    position: fc.record({ x: fc.double(), y: fc.double() }),
    data: fc.record(
      {
        config: anyConfig,
        typeVersion: fc.oneof(fc.integer({ min: -1, max: 3 }), fc.double()),
        label: fc.string({ maxLength: 5 }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['id', 'type'] },
);

const randomEdge = fc.record(
  {
    id: fc.oneof(smallId, fc.string({ maxLength: 3 })),
    source: smallId,
    sourceHandle: fc.constantFrom(...knownPorts, ''),
    target: smallId,
    targetHandle: fc.option(fc.string({ maxLength: 3 })),
  },
  { requiredKeys: ['id', 'source', 'target'] },
);

const randomGraph = fc.record(
  {
    format: fc.constantFrom('wayfarer.journey', 'other'),
    formatVersion: fc.constantFrom(1, 2),
    name: fc.string({ maxLength: 10 }),
    nodes: fc.array(randomNode, { maxLength: 8 }),
    edges: fc.array(randomEdge, { maxLength: 12 }),
    settings: fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.record({
        reentry: fc.constantFrom('once', 'always', 'after_exit', 'every', 'twice'),
        reentryCooldown: fc.constantFrom(null, { amount: 1, unit: 'days' }, { amount: 0, unit: 'days' }),
        entryLimit: fc.constantFrom(null, { max: 10, per: { amount: 1, unit: 'hours' } }, { max: -1 }),
      }),
    ),
  },
  { requiredKeys: ['nodes'] },
);

describe('compileJourney never throws', () => {
  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => compileJourney(value, registry)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary JavaScript values', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withMap: true, withBigInt: true, withDate: true }),
        (value) => {
          expect(() => compileJourney(value, registry)).not.toThrow();
          expect(() =>
            compileJourney({ nodes: [{ id: 'n', type: 'core.send', data: { config: value } }] }, registry),
          ).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on random graphs of built-in node types with random configs and edges', () => {
    fc.assert(
      fc.property(randomGraph, (graph) => {
        const result = compileJourney(graph, registry);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) expect(problem.message).toEqual(expect.any(String));
        }
      }),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// (b) Valid journeys compile and round-trip.

const text = fc.string({ minLength: 1, maxLength: 12 }).filter((value) => value.trim().length > 0);
const noLiquid = (value: string) => !/[{}%]/.test(value);
const liquidFreeText = text.filter(noLiquid);
const liquidFreeString = fc.string({ maxLength: 20 }).filter(noLiquid);
const duration = fc.record({
  amount: fc.integer({ min: 1, max: 1000 }),
  unit: fc.constantFrom('minutes', 'hours', 'days', 'weeks'),
});
const comparison = fc.record({
  path: text,
  op: fc.constantFrom('eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'contains', 'in', 'exists', 'not_exists'),
  value: fc.oneof(fc.string(), fc.integer(), fc.boolean()),
});

/** Integer percentages adding up to exactly 100, two to four of them. */
const percentages = fc
  .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 3 })
  .map((cuts) =>
    [0, ...cuts.sort((a, b) => a - b), 100].flatMap((cut, index, all) =>
      index === 0 ? [] : [cut - (all[index - 1] ?? 0)],
    ),
  );

/** Any id the graph format allows (`__proto__` is reserved). */
const stepId = fc.string({ minLength: 1, maxLength: 10 }).filter((id) => id !== '__proto__');

/** One valid step: its type, config and the ports that must (or may) be wired. */
interface StepShape {
  type: string;
  config: unknown;
  required: string[];
  optional: string[];
}

const step = (
  type: string,
  config: fc.Arbitrary<unknown>,
  required: string[],
  optional: string[] = [],
): fc.Arbitrary<StepShape> => config.map((value) => ({ type, config: value, required, optional }));

// Ports the generator may leave unwired (send's and the loyalty nodes' optional outcomes).
const optionalPorts = [
  'skipped',
  'failed',
  'insufficient',
  'out_of_stock',
  'limit_reached',
  'downgraded',
  'same',
  'already_today',
];
const someUuid = fc.constantFrom('3f1c1b7e-2a4d-4b8e-9c55-0a9b1c2d3e4f', '0b6a3c1e-6f1d-4a53-9d2b-6a1f0e9c8b7a');
const loyaltyKey = fc.constantFrom('vip', 'early-bird', 'grand', 'a1');

/** Valid steps of the loyalty node types (issue 6). */
function loyaltySteps(): fc.Arbitrary<StepShape>[] {
  const points = fc.integer({ min: 1, max: 1_000_000 });
  return [
    step('core.reward.points', fc.record({ points, expiresInMonths: fc.integer({ min: 1, max: 120 }) }), ['out']),
    step(
      'core.points.deduct',
      fc.record({ points, reason: text }, { requiredKeys: ['points'] }),
      ['ok'],
      ['insufficient'],
    ),
    step('core.coupon.issue', fc.record({ poolId: someUuid }), ['issued'], ['out_of_stock', 'limit_reached']),
    step('core.badge.award', fc.record({ badgeKey: loyaltyKey }), ['out']),
    step(
      'core.share-link',
      fc.record(
        { landingUrl: fc.webUrl({ validSchemes: ['https'] }), shareText: text },
        { requiredKeys: ['landingUrl'] },
      ),
      ['out'],
    ),
    step('core.tier.evaluate', fc.constant({}), ['upgraded'], ['downgraded', 'same']),
    step(
      'core.line.rich-menu',
      fc.record({ richMenuId: fc.oneof(fc.constant('default'), someUuid) }),
      ['out'],
      ['skipped'],
    ),
    step(
      'core.streak.check-in',
      fc.record({ streakKey: loyaltyKey, milestones: fc.array(fc.integer({ min: 1, max: 365 }), { maxLength: 4 }) }),
      ['counted'],
      ['already_today'],
    ),
    fc
      .record({ lotteryId: someUuid, keys: fc.uniqueArray(loyaltyKey, { maxLength: 3 }) })
      .map(({ lotteryId, keys }) => ({
        type: 'core.lottery.draw',
        config: { lotteryId, prizes: keys.map((key) => ({ key })) },
        required: [...keys.map((key) => `win:${key}`), 'lose'],
        optional: [],
      })),
  ];
}

const validStep: fc.Arbitrary<StepShape> = fc.oneof(
  step(
    'core.tag',
    fc.record({ add: fc.array(text, { minLength: 1, maxLength: 3 }), remove: fc.array(text, { maxLength: 2 }) }),
    ['out'],
  ),
  step(
    'core.tag',
    fc.record({
      // fast-check may pick `__proto__` as a key, which a parsed record drops: the step would have nothing to do.
      setAttributes: fc.dictionary(
        text.filter((key) => key !== '__proto__'),
        fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
        { minKeys: 1 },
      ),
    }),
    ['out'],
  ),
  step('core.wait', fc.record({ mode: fc.constant('duration'), duration }), ['out']),
  step('core.wait', fc.record({ mode: fc.constant('time_of_day'), time: fc.constantFrom('00:00', '09:30', '23:59') }), [
    'out',
  ]),
  step(
    'core.wait',
    fc.record({
      mode: fc.constant('event'),
      event: text,
      where: fc.array(comparison, { maxLength: 2 }),
      timeout: duration,
    }),
    ['event', 'timeout'],
  ),
  step(
    'core.branch',
    fc.record({
      match: fc.constantFrom('all', 'any'),
      conditions: fc.array(
        fc.oneof(
          comparison.map((value) => ({ subject: 'attribute', ...value })),
          fc.record({ subject: fc.constant('tag'), op: fc.constantFrom('has', 'has_not'), tag: text }),
          fc.record({ subject: fc.constant('points'), op: fc.constantFrom('eq', 'gt', 'lte'), value: fc.integer() }),
          fc.record({ subject: fc.constant('tier'), op: fc.constantFrom('is', 'is_not'), tier: loyaltyKey }),
          fc.record({ subject: fc.constant('badge'), op: fc.constantFrom('has', 'has_not'), badgeKey: loyaltyKey }),
          fc.record({ subject: fc.constant('event'), op: fc.constantFrom('received', 'not_received'), event: text }),
        ),
        { minLength: 1, maxLength: 3 },
      ),
    }),
    ['true', 'false'],
  ),
  percentages.map((percents) => ({
    type: 'core.split',
    config: { paths: percents.map((percent) => ({ percent })) },
    required: percents.map((_, index) => `path_${index + 1}`),
    optional: [],
  })),
  fc.tuple(percentages, fc.constantFrom('goal', 'email_clicked')).map(([percents, kind]) => ({
    type: 'core.experiment',
    config: { variants: percents.map((percent) => ({ percent })), metric: { kind } },
    required: percents.map((_, index) => `variant_${index + 1}`),
    optional: [],
  })),
  step(
    'core.send',
    // Message texts are Liquid: valid journeys carry no stray `{{` / `{%` (invalid ones are tested above).
    // Channels whose only required field is the body (email needs a subject, a webhook a JSON body).
    fc.record(
      {
        channel: fc.constantFrom('line', 'sms', 'outbox'),
        name: text,
        body: liquidFreeText,
        subject: liquidFreeString,
      },
      { requiredKeys: ['channel', 'name', 'body'] },
    ),
    ['sent'],
    ['skipped', 'failed'],
  ),
  step(
    'core.reward.points',
    fc.record({ points: fc.integer({ min: 1, max: 1_000_000 }), reason: text }, { requiredKeys: ['points'] }),
    ['out'],
  ),
  ...loyaltySteps(),
  step('core.end', fc.constant({}), []),
);

const trigger: fc.Arbitrary<StepShape> = fc.oneof(
  step('core.trigger.event', fc.record({ event: text, where: fc.array(comparison, { maxLength: 2 }) }), ['out']),
  step('core.trigger.api', fc.constant({}), ['out']),
  step('core.trigger.tag', fc.record({ tag: text }), ['out']),
  step('core.trigger.segment', fc.record({ segmentId: text }), ['out']),
  step('core.trigger.broadcast', fc.record({ segmentId: text }), ['out']),
  step(
    'core.trigger.date',
    fc.record({
      attribute: text,
      offsetDays: fc.integer({ min: -365, max: 365 }),
      at: fc.constantFrom('00:00', '09:00', '23:45'),
    }),
    ['out'],
  ),
  step(
    'core.trigger.line-keyword',
    fc.record({
      keywords: fc.array(text, { minLength: 1, maxLength: 3 }),
      match: fc.constantFrom('exact', 'contains'),
    }),
    ['out'],
  ),
);

/**
 * A trigger followed by steps in topological order, closed by an end. Every port of step i goes
 * to some later step, so the graph is a DAG with all required ports wired; steps nothing leads
 * to are dropped afterwards (everything they lead to stays reachable through other paths).
 */
const validJourney: fc.Arbitrary<JourneyGraphInput> = fc
  .tuple(trigger, fc.array(validStep, { maxLength: 10 }), fc.uniqueArray(stepId, { minLength: 12, maxLength: 12 }))
  .chain(([first, middle, ids]) => {
    const shapes = [first, ...middle, { type: 'core.end', config: {}, required: [], optional: [] }];
    const wiring = shapes.map((shape, index) => {
      // The closing end has no ports, so it never needs a target.
      const later =
        index + 1 < shapes.length ? fc.integer({ min: index + 1, max: shapes.length - 1 }) : fc.constant(index);
      const required = fc.tuple(...shape.required.map(() => later));
      const optional = fc.tuple(...shape.optional.map(() => fc.option(later, { nil: undefined })));
      return fc.tuple(required, optional);
    });
    return fc.tuple(fc.constant(shapes), fc.constant(ids), fc.tuple(...wiring), fc.boolean());
  })
  .map(([shapes, ids, wiring, reverse]) => {
    const id = (index: number): string => ids[index] ?? `n${index}`;
    const edges = shapes.flatMap((shape, index) => {
      const [required, optional] = wiring[index] ?? [[], []];
      const ports = [
        ...shape.required.map((port, slot) => [port, required[slot]] as const),
        ...shape.optional.map((port, slot) => [port, optional[slot]] as const),
      ];
      return ports.flatMap(([port, target]) =>
        target === undefined
          ? []
          : [{ id: `${id(index)}.${port}`, source: id(index), sourceHandle: port, target: id(target) }],
      );
    });
    const reachable = new Set([id(0)]);
    for (const item of edges) if (reachable.has(item.source)) reachable.add(item.target);
    const nodes = shapes
      .map((shape, index) => ({
        id: id(index),
        type: shape.type,
        position: { x: index * 10, y: 0 },
        data: { config: shape.config },
      }))
      .filter((item) => reachable.has(item.id));
    const kept = edges.filter((item) => reachable.has(item.source));
    return { nodes: reverse ? nodes.reverse() : nodes, edges: reverse ? kept.reverse() : kept };
  });

describe('valid journeys', () => {
  it('compile', () => {
    fc.assert(
      fc.property(validJourney, (graph) => {
        const result = compileJourney(graph, registry);
        expect(result.ok ? [] : result.problems).toEqual([]);
        if (result.ok) expect(Object.keys(result.value.steps)).toHaveLength(graph.nodes.length);
      }),
      { numRuns: 300 },
    );
  });

  it('compile to the same hash after a JSON round trip', () => {
    fc.assert(
      fc.property(validJourney, (graph) => {
        const first = compileJourney(graph, registry);
        const second = compileJourney(JSON.parse(JSON.stringify(graph)), registry);
        expect(first.ok && second.ok && second.value.hash === first.value.hash).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('compile to the same IR when rebuilt with irToGraph', () => {
    fc.assert(
      fc.property(validJourney, (graph) => {
        const first = compileJourney(graph, registry);
        if (!first.ok) throw new Error(JSON.stringify(first.problems));
        const again = compileJourney(irToGraph(first.value), registry);
        expect(again.ok && again.value.hash).toBe(first.value.hash);
      }),
      { numRuns: 200 },
    );
  });

  it('an unwired main port of a step is an open path that ends the journey; only a trigger must be wired', () => {
    fc.assert(
      fc.property(validJourney, fc.nat(), (graph, pick) => {
        const edges = graph.edges ?? [];
        const main = edges.filter((item) => !optionalPorts.includes(item.sourceHandle ?? 'out'));
        fc.pre(main.length > 0);
        const dropped = main[pick % main.length];
        const broken = { ...graph, edges: edges.filter((item) => item !== dropped) };
        const result = compileJourney(broken, registry);
        const source = graph.nodes.find((item) => item.id === dropped?.source);
        if (registry.get(source?.type ?? '')?.kind === 'trigger') {
          expect(!result.ok && result.problems).toEqual(
            expect.arrayContaining([
              expect.objectContaining({ code: 'missing_edge', nodeId: dropped?.source, port: dropped?.sourceHandle }),
            ]),
          );
          return;
        }
        // What only the dropped edge led to is unreachable now; nothing else is wrong.
        if (!result.ok) {
          expect(result.problems.map((problem) => problem.code)).toEqual(result.problems.map(() => 'unreachable_node'));
          return;
        }
        expect(result.value.steps[dropped?.source ?? '']?.next[dropped?.sourceHandle ?? '']).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});

it('the valid-journey generator exercises every non-trigger built-in', () => {
  const seen = new Set<string>();
  for (const graph of fc.sample(validJourney, { numRuns: 600, seed: 42 }))
    for (const item of graph.nodes) seen.add(item.type);
  expect([...seen].sort()).toEqual([...builtinTypes].sort());
  expect(compiles({ nodes: [] })).toBe(false);
});
