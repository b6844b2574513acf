// Discovery: every node type this deployment knows (built-in and from wayfarer.config.json's
// packages), with its config as a JSON Schema, so integrators and tools can build journeys
// without reading our source.
import type { AnyNodeTypeSpec, NodeRegistry } from '@wayfarer/nodes';
import { z } from 'zod';
import { router, workspaceProcedure } from './trpc';

// A registry holds specs of every config type: the schema is read as the zod type it is.
function configOf(spec: AnyNodeTypeSpec): z.ZodType {
  return spec.config as z.ZodType;
}

/** The port names of a type: fixed ones, else those of its default config (empty when it has none). */
function portNamesOf(spec: AnyNodeTypeSpec): { ports: string[]; portsDependOnConfig: boolean } {
  if (spec.fixedPorts !== undefined) {
    return { ports: spec.fixedPorts.map((port) => port.name), portsDependOnConfig: false };
  }
  const defaults = configOf(spec).safeParse({});
  const ports = defaults.success ? spec.ports(defaults.data).map((port) => port.name) : [];
  return { ports, portsDependOnConfig: true };
}

/** The config's JSON Schema (as the API accepts it), or null when zod cannot express it. */
function configSchemaOf(spec: AnyNodeTypeSpec): Record<string, unknown> | null {
  try {
    return { ...z.toJSONSchema(configOf(spec), { io: 'input', unrepresentable: 'any' }) };
  } catch {
    return null;
  }
}

function describeNodeType(registry: NodeRegistry, spec: AnyNodeTypeSpec) {
  return {
    type: spec.type,
    version: spec.version,
    kind: spec.kind,
    category: spec.category,
    title: spec.title,
    description: spec.description,
    ...portNamesOf(spec),
    configSchema: configSchemaOf(spec),
    package: registry.packageOf(spec.type) ?? null,
  };
}

/** A node type as `nodeTypes.list` returns it. */
export type NodeTypeEntry = ReturnType<typeof describeNodeType>;

// The registry is fixed for the process: each list is built once.
const described = new WeakMap<NodeRegistry, NodeTypeEntry[]>();

export const nodeTypesRouter = router({
  /** Every registered node type, in registration order (built-ins first). */
  list: workspaceProcedure.query(({ ctx }) => {
    const { registry } = ctx.services;
    const cached = described.get(registry);
    if (cached) return cached;
    const entries = registry.list().map((spec) => describeNodeType(registry, spec));
    described.set(registry, entries);
    return entries;
  }),
});
