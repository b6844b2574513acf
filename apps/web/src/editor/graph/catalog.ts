import type { z } from 'zod';
import type { GraphNode } from '@wayfarer/journey';
import type { AnyNodeTypeSpec, NodeRegistry, Port } from '@wayfarer/nodes';
import type { PortCatalog } from './graph-types';

/** A node as the editor understands it: its spec, its config if valid, and its ports. */
export interface NodeInfo {
  spec: AnyNodeTypeSpec | undefined;
  /** The parsed config (defaults filled), or undefined while the config is invalid. */
  config: unknown;
  valid: boolean;
  ports: readonly Port[];
}

export interface NodeCatalog extends PortCatalog {
  registry: NodeRegistry;
  info(node: GraphNode): NodeInfo;
}

const NO_PORTS: readonly Port[] = [];

function portsFromRaw(spec: AnyNodeTypeSpec, config: unknown): readonly Port[] {
  // A half-edited config usually still has the shape ports are derived from (a wait's mode, a
  // split's paths); keeping those ports keeps the node's edges attached while the form is fixed.
  try {
    const ports: unknown = spec.ports(config ?? {});
    return Array.isArray(ports) ? (ports as Port[]) : NO_PORTS;
  } catch {
    return NO_PORTS;
  }
}

function describeNode(registry: NodeRegistry, node: GraphNode): NodeInfo {
  const spec = registry.get(node.type);
  if (!spec) return { spec, config: undefined, valid: false, ports: NO_PORTS };
  const schema = spec.config as z.ZodType;
  const parsed = schema.safeParse(node.data.config);
  if (parsed.success) {
    const config: unknown = parsed.data;
    return { spec, config, valid: true, ports: spec.ports(config) };
  }
  return { spec, config: undefined, valid: false, ports: portsFromRaw(spec, node.data.config) };
}

/**
 * Wraps the node registry for the editor. Answers are cached per node object: graph nodes are
 * immutable, so a node that did not change is never parsed twice (this keeps big graphs fast).
 */
export function createNodeCatalog(registry: NodeRegistry): NodeCatalog {
  const cache = new WeakMap<GraphNode, NodeInfo>();
  const info = (node: GraphNode): NodeInfo => {
    let found = cache.get(node);
    if (!found) {
      found = describeNode(registry, node);
      cache.set(node, found);
    }
    return found;
  };
  return {
    registry,
    info,
    portsOf: (node) => info(node).ports,
    kindOf: (type) => registry.get(type)?.kind,
  };
}
