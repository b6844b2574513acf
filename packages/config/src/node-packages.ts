import { builtinNodeTypes, createNodeRegistry, type AnyNodeTypeSpec, type NodePackage, type NodeRegistry } from '@wayfarer/nodes';
import { builtinRuntimes, createRuntimeRegistry, type AnyRuntimeFacet, type RuntimePackage, type RuntimeRegistry } from '@wayfarer/nodes/runtime';
import { ConfigError, readWayfarerConfig, type WayfarerConfig } from './config-file';

async function importPackage(specifier: string): Promise<Record<string, unknown>> {
  try {
    return (await import(specifier)) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError(`Node package "${specifier}" could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function listExport<T>(module: Record<string, unknown>, name: string, specifier: string): readonly T[] {
  const value = module[name];
  if (!Array.isArray(value)) throw new ConfigError(`Node package "${specifier}" does not export an array named ${name}.`);
  return value as readonly T[];
}

/** Built-in node types plus those of the configured packages. */
export async function loadNodeRegistry(config: WayfarerConfig = readWayfarerConfig()): Promise<NodeRegistry> {
  const extra: AnyNodeTypeSpec[] = [];
  for (const name of config.nodePackages) {
    extra.push(...listExport<NodePackage['nodeTypes'][number]>(await importPackage(name), 'nodeTypes', name));
  }
  return createNodeRegistry([...builtinNodeTypes, ...extra]);
}

/** The node registry with every runtime facet, for the worker. */
export async function loadRuntimeRegistry(config: WayfarerConfig = readWayfarerConfig()): Promise<RuntimeRegistry> {
  const nodes = await loadNodeRegistry(config);
  const extra: AnyRuntimeFacet[] = [];
  for (const name of config.nodePackages) {
    const specifier = `${name}/runtime`;
    extra.push(...listExport<RuntimePackage['runtimes'][number]>(await importPackage(specifier), 'runtimes', specifier));
  }
  return createRuntimeRegistry(nodes, [...builtinRuntimes, ...extra]);
}
