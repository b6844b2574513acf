// Discovery: every node type a registry holds, described for integrators and tools (tRPC's
// `nodeTypes.list`, `wayfarer nodes`), in the palette's order.
import { z } from 'zod';
import { inCategoryOrder } from './categories';
import type { AnyNodeTypeSpec } from './define';
import type { NodeRegistry } from './registry';

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

/** A node type as the listing describes it. */
export type NodeTypeListing = ReturnType<typeof describeNodeType>;

// A registry is fixed once built: each listing is computed once.
const listed = new WeakMap<NodeRegistry, NodeTypeListing[]>();

/** Every node type of the registry, in category order (registration order within a category). */
export function listNodeTypes(registry: NodeRegistry): NodeTypeListing[] {
  const cached = listed.get(registry);
  if (cached) return cached;
  const entries = inCategoryOrder(registry.list()).map((spec) => describeNodeType(registry, spec));
  listed.set(registry, entries);
  return entries;
}
