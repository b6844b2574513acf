import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { nodeKinds, type AnyEventRule } from '@wayfarer/journey';
import type { AnyNodeTypeSpec } from '@wayfarer/nodes';
import type { AnyRuntimeFacet, ServiceProvider } from '@wayfarer/nodes/runtime';
import { ConfigError, messageOf } from './config-error';

/** Imports a node package (or one of its entries), resolved from the config file's folder. */
export async function importPackage(
  specifier: string,
  configFile: string | undefined,
): Promise<Record<string, unknown>> {
  try {
    return (await import(resolveFrom(specifier, configFile))) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError('package_not_loadable', `Cannot load node package "${specifier}": ${messageOf(error)}`, {
      cause: error,
    });
  }
}

// The config's author expects names to resolve from its folder. Names the CommonJS resolver cannot
// see there (import-only exports, no config file) fall back to resolution from this package.
function resolveFrom(specifier: string, configFile: string | undefined): string {
  if (configFile === undefined) return specifier;
  try {
    return pathToFileURL(createRequire(configFile).resolve(specifier)).href;
  } catch {
    return specifier;
  }
}

/** The array a package exports as `name`, every item checked; throws `invalid_package` otherwise. */
export function listExport<T>(
  module: Record<string, unknown>,
  specifier: string,
  name: string,
  item: { is: (value: unknown) => value is T; description: string },
): readonly T[] {
  const value = module[name];
  const problem = (detail: string): ConfigError =>
    new ConfigError(
      'invalid_package',
      `Node package "${specifier}" must export \`${name}\`, an array of ${item.description}s (${detail}).`,
    );
  if (!Array.isArray(value)) throw problem(value === undefined ? 'it exports none' : 'its export is not an array');
  const items: unknown[] = value;
  const valid = items.filter(item.is);
  if (valid.length !== items.length) {
    throw problem(`${name}[${items.findIndex((candidate) => !item.is(candidate))}] is not a ${item.description}`);
  }
  return valid;
}

/** As {@link listExport}, but a package may leave the export out (none then). */
export function optionalListExport<T>(
  module: Record<string, unknown>,
  specifier: string,
  name: string,
  item: { is: (value: unknown) => value is T; description: string },
): readonly T[] {
  return module[name] === undefined ? [] : listExport(module, specifier, name, item);
}

/** What `nodeTypes` must hold: objects shaped like defineNodeType's result. */
export const nodeTypeSpecItem = { is: isNodeTypeSpec, description: 'node type spec' };

/** What `eventRules` must hold: objects shaped like defineEventRule's result. */
export const eventRuleItem = { is: isEventRule, description: 'event rule' };

/** What `runtimes` must hold: objects shaped like defineRuntime's result. */
export const runtimeFacetItem = { is: isRuntimeFacet, description: 'runtime facet' };

/** What `services` must hold: objects shaped like provideService's result. */
export const serviceProviderItem = { is: isServiceProvider, description: 'service provider' };

// Duck-typed rather than instanceof: a package may bring its own copy of zod and of @wayfarer/nodes.
function isNodeTypeSpec(value: unknown): value is AnyNodeTypeSpec {
  if (!isRecord(value)) return false;
  const config = value.config;
  return (
    typeof value.type === 'string' &&
    typeof value.version === 'number' &&
    (nodeKinds as readonly unknown[]).includes(value.kind) &&
    typeof value.ports === 'function' &&
    isRecord(config) &&
    typeof config.safeParse === 'function'
  );
}

function isEventRule(value: unknown): value is AnyEventRule {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.events === 'function' &&
    typeof value.matches === 'function' &&
    isRecord(value.config) &&
    typeof value.config.safeParse === 'function'
  );
}

function isRuntimeFacet(value: unknown): value is AnyRuntimeFacet {
  return (
    isRecord(value) &&
    typeof value.type === 'string' &&
    typeof value.execute === 'function' &&
    Array.isArray(value.needs) &&
    (value.needs as unknown[]).every(isServiceKey) &&
    isNodeTypeSpec(value.spec)
  );
}

function isServiceKey(value: unknown): boolean {
  return isRecord(value) && typeof value.name === 'string' && typeof value.phase === 'string';
}

function isServiceProvider(value: unknown): value is ServiceProvider {
  return isRecord(value) && isServiceKey(value.key) && typeof value.provide === 'function';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object';
}
