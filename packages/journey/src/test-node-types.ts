// Test support: tiny node types and graph builders for the compiler's own tests. They are written
// against CompilableNodeType directly because @wayfarer/nodes depends on this package, not the
// other way round; the real built-ins are exercised in packages/nodes.
import { z } from 'zod';
import type { GraphEdge, JourneyGraphInput } from './graph.schema';
import type { CompilableNodeType, NodeTypeLookup } from './node-type';

const unitMs = { minutes: 60_000, days: 86_400_000 } as const;
const waitConfig = z.object({
  duration: z.object({ amount: z.number().int().positive(), unit: z.enum(['minutes', 'days']) }),
});

/** Event trigger: enters on `event`. */
export const triggerType: CompilableNodeType = {
  type: 'test.trigger',
  version: 1,
  kind: 'trigger',
  config: z.object({ event: z.string().min(1) }),
  ports: () => [{ name: 'out' }],
  trigger: (config: { event: string }) => ({ on: 'event', event: config.event, where: [] }),
};

/** Trigger without a `trigger` hook: the compiler falls back to an API trigger. */
export const apiTriggerType: CompilableNodeType = {
  type: 'test.api',
  version: 1,
  kind: 'trigger',
  config: z.object({}),
  ports: () => [{ name: 'go' }],
};

/** Action with one required port and one optional one. */
export const actionType: CompilableNodeType = {
  type: 'test.action',
  version: 1,
  kind: 'action',
  config: z.object({ label: z.string().default('act') }),
  ports: () => [{ name: 'out' }, { name: 'skipped', required: false }],
};

/**
 * A send-like action: `failed` falls back to `sent` when unconnected; its config names a channel
 * and a badge (workspace assets), and it warns about a field it cannot always fill.
 */
export const sendLikeType: CompilableNodeType = {
  type: 'test.send',
  version: 1,
  kind: 'action',
  config: z.object({ channel: z.string(), badge: z.string().optional(), risky: z.boolean().default(false) }),
  ports: () => [{ name: 'sent' }, { name: 'failed', required: false, fallback: 'sent' }],
  references: (config: { channel: string; badge?: string }) => [
    { kind: 'channel', ref: config.channel, path: 'channel' },
    ...(config.badge === undefined ? [] : [{ kind: 'badge' as const, ref: config.badge, path: 'badge' }]),
  ],
  warnings: (config: { risky: boolean }) =>
    config.risky
      ? [
          {
            code: 'attribute_may_be_missing',
            path: 'body',
            message: 'name may be missing',
            params: { attribute: 'name' },
          },
        ]
      : [],
};

/** Timer wait; compiles to a sleep plan. */
export const waitType: CompilableNodeType = {
  type: 'test.wait',
  version: 1,
  kind: 'wait',
  config: waitConfig,
  ports: () => [{ name: 'out' }],
  plan: (config: z.output<typeof waitConfig>) => ({
    op: 'sleep',
    ms: config.duration.amount * unitMs[config.duration.unit],
    port: 'out',
  }),
};

/** Two-way branch: `true` and `false` are both required. */
export const branchType: CompilableNodeType = {
  type: 'test.branch',
  version: 1,
  kind: 'branch',
  config: z.object({}),
  ports: () => [{ name: 'true' }, { name: 'false' }],
};

export const endType: CompilableNodeType = {
  type: 'test.end',
  version: 1,
  kind: 'end',
  config: z.object({}),
  ports: () => [],
};

/** Version 3 type whose v1 field `a` became `b` (v2) and then `c` (v3). */
export const versionedType: CompilableNodeType = {
  type: 'test.versioned',
  version: 3,
  kind: 'action',
  config: z.object({ c: z.number() }),
  ports: () => [{ name: 'out' }],
  migrations: {
    1: (config) => rename(config, 'a', 'b'),
    2: (config) => rename(config, 'b', 'c'),
  },
};

function rename(config: unknown, from: string, to: string): unknown {
  if (config === null || typeof config !== 'object') return config;
  const { [from]: value, ...rest } = config as Record<string, unknown>;
  return { ...rest, [to]: value };
}

/** A lookup over the given types (all of the above by default). */
export function testRegistry(
  types: readonly CompilableNodeType[] = [
    triggerType,
    apiTriggerType,
    actionType,
    sendLikeType,
    waitType,
    branchType,
    endType,
    versionedType,
  ],
): NodeTypeLookup {
  const byType = new Map(types.map((type) => [type.type, type]));
  return { get: (type) => byType.get(type) };
}

type NodeInput = JourneyGraphInput['nodes'][number];

/** A graph node; `config` defaults to `{}`. */
export function node(id: string, type: string, config: unknown = {}, typeVersion?: number): NodeInput {
  return { id, type, data: { config, ...(typeVersion === undefined ? {} : { typeVersion }) } };
}

/** An edge from `source`'s `port` to `target`, with a readable unique id. */
export function edge(
  source: string,
  target: string,
  port = 'out',
): Pick<GraphEdge, 'id' | 'source' | 'sourceHandle' | 'target'> {
  return { id: `${source}:${port}->${target}`, source, sourceHandle: port, target };
}

/** trigger → action → wait 3 days → branch (true → end, false → end). Compiles cleanly. */
export function happyGraph(): JourneyGraphInput {
  return {
    name: 'happy',
    nodes: [
      node('start', 'test.trigger', { event: 'signed_up' }),
      node('act', 'test.action'),
      node('pause', 'test.wait', { duration: { amount: 3, unit: 'days' } }),
      node('check', 'test.branch'),
      node('yes', 'test.end'),
      node('no', 'test.end'),
    ],
    edges: [
      edge('start', 'act'),
      edge('act', 'pause'),
      edge('pause', 'check'),
      edge('check', 'yes', 'true'),
      edge('check', 'no', 'false'),
    ],
  };
}
