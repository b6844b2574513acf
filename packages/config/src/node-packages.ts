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

/**
 * The built-in node types plus the `nodeTypes` (and `eventRules`, optional) of every configured
 * package (by default the config findConfigFile finds for this process). Throws a ConfigError on
 * any package or registry mistake.
 */
export async function loadNodeRegistry(
  config: WayfarerConfig = readWayfarerConfig(findConfigFile()),
): Promise<NodeRegistry> {
  const extra: AnyNodeTypeSpec[] = [];
  const rules: AnyEventRule[] = [];
  const packageOf = new Map(builtinNodeTypes.map((spec) => [spec.type, '@wayfarer/nodes']));
  for (const name of config.nodePackages) {
    const entry = await importPackage(name, config.file);
    const specs = listExport(entry, name, 'nodeTypes', nodeTypeSpecItem);
    extra.push(...specs);
    rules.push(...optionalListExport(entry, name, 'eventRules', eventRuleItem));
    for (const spec of specs) if (!packageOf.has(spec.type)) packageOf.set(spec.type, name);
  }
  return composed(() => createNodeRegistry([...builtinNodeTypes, ...extra], packageOf, rules));
}

/**
 * The node registry with every runtime facet and the service providers packages add (each
 * package's `/runtime` entry: `runtimes`, optionally `services`), for the worker and test runs.
 */
export async function loadRuntimeRegistry(
  config: WayfarerConfig = readWayfarerConfig(findConfigFile()),
): Promise<RuntimeRegistry> {
  const nodes = await loadNodeRegistry(config);
  const extra: AnyRuntimeFacet[] = [];
  const providers: ServiceProvider[] = [];
  for (const name of config.nodePackages) {
    const specifier = `${name}/runtime`;
    const entry = await importPackage(specifier, config.file);
    extra.push(...listExport(entry, specifier, 'runtimes', runtimeFacetItem));
    providers.push(...optionalListExport(entry, specifier, 'services', serviceProviderItem));
  }
  return composed(() => createRuntimeRegistry(nodes, [...builtinRuntimes, ...extra], providers));
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
