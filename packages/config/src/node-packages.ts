import {
  builtinNodeTypes,
  createNodeRegistry,
  NodeRegistryError,
  type AnyNodeTypeSpec,
  type NodeRegistry,
} from '@wayfarer/nodes';
import type { AnyEventRule } from '@wayfarer/journey';
import {
  builtinRuntimes,
  createRuntimeRegistry,
  type AnyRuntimeFacet,
  type RuntimeRegistry,
  type ServiceProvider,
} from '@wayfarer/nodes/runtime';
import { ConfigError } from './config-error';
import { findConfigFile, readWayfarerConfig, type WayfarerConfig } from './config-file';
import {
  eventRuleItem,
  importPackage,
  listExport,
  nodeTypeSpecItem,
  optionalListExport,
  runtimeFacetItem,
  serviceProviderItem,
} from './package-exports';

/** A node package's entries as imported: its spec entry (`.`) and, for runtimes, its `/runtime` entry. */
export interface NodePackageModules {
  /** The npm name, listed as each of its types' package. */
  name: string;
  nodeTypes: readonly AnyNodeTypeSpec[];
  /** Trigger rules on incoming events its trigger node types use (optional). */
  eventRules?: readonly AnyEventRule[];
  runtimes?: readonly AnyRuntimeFacet[];
  services?: readonly ServiceProvider[];
}

/** The built-in node types plus the packages' (a type two packages define is a ConfigError). */
export function composeNodeRegistry(
  packages: readonly Pick<NodePackageModules, 'name' | 'nodeTypes' | 'eventRules'>[],
): NodeRegistry {
  const packageOf = new Map(builtinNodeTypes.map((spec) => [spec.type, '@wayfarer/nodes']));
  for (const { name, nodeTypes } of packages) {
    for (const spec of nodeTypes) if (!packageOf.has(spec.type)) packageOf.set(spec.type, name);
  }
  const extra = packages.flatMap((pkg) => pkg.nodeTypes);
  const rules = packages.flatMap((pkg) => pkg.eventRules ?? []);
  return composed(() => createNodeRegistry([...builtinNodeTypes, ...extra], packageOf, rules));
}

/** The node registry with the built-in runtimes plus the packages' runtimes and service providers. */
export function composeRuntimeRegistry(packages: readonly NodePackageModules[]): RuntimeRegistry {
  const nodes = composeNodeRegistry(packages);
  const extra = packages.flatMap((pkg) => pkg.runtimes ?? []);
  const providers = packages.flatMap((pkg) => pkg.services ?? []);
  return composed(() => createRuntimeRegistry(nodes, [...builtinRuntimes, ...extra], providers));
}

/**
 * The built-in node types plus the `nodeTypes` (and `eventRules`, optional) of every configured
 * package (by default the config findConfigFile finds for this process). Throws a ConfigError on
 * any package or registry mistake.
 */
export async function loadNodeRegistry(
  config: WayfarerConfig = readWayfarerConfig(findConfigFile()),
): Promise<NodeRegistry> {
  return composeNodeRegistry(await Promise.all(config.nodePackages.map((name) => importSpecs(name, config))));
}

/**
 * The node registry with every runtime facet and the service providers packages add (each
 * package's `/runtime` entry: `runtimes`, optionally `services`), for the worker and test runs.
 */
export async function loadRuntimeRegistry(
  config: WayfarerConfig = readWayfarerConfig(findConfigFile()),
): Promise<RuntimeRegistry> {
  const packages: NodePackageModules[] = [];
  for (const name of config.nodePackages) {
    const specifier = `${name}/runtime`;
    const entry = await importPackage(specifier, config.file);
    packages.push({
      ...(await importSpecs(name, config)),
      runtimes: listExport(entry, specifier, 'runtimes', runtimeFacetItem),
      services: optionalListExport(entry, specifier, 'services', serviceProviderItem),
    });
  }
  return composeRuntimeRegistry(packages);
}

async function importSpecs(name: string, config: WayfarerConfig): Promise<NodePackageModules> {
  const entry = await importPackage(name, config.file);
  return {
    name,
    nodeTypes: listExport(entry, name, 'nodeTypes', nodeTypeSpecItem),
    eventRules: optionalListExport(entry, name, 'eventRules', eventRuleItem),
  };
}

// With packages from a config file, a registry that does not compose is a configuration mistake.
function composed<T>(build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof NodeRegistryError) throw new ConfigError('invalid_registry', error.message, { cause: error });
    throw error;
  }
}
