import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodeKinds } from '@wayfarer/journey';
import { builtinNodeTypes, createNodeRegistry, type AnyNodeTypeSpec, type NodeRegistry } from '@wayfarer/nodes';
import { z } from 'zod';
import { CliError } from './errors';

export const CONFIG_FILE = 'wayfarer.config.json';

const configSchema = z.object({
  nodePackages: z.array(z.string().min(1)).default([]),
});

/**
 * The config file to use: `WAYFARER_CONFIG` if set (it must exist), else the nearest
 * wayfarer.config.json from `cwd` upwards, else none (built-ins only).
 */
export async function findConfig(
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<string | undefined> {
  const explicit = env.WAYFARER_CONFIG;
  if (explicit) return resolve(cwd, explicit);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    if (await exists(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The built-in node types plus those of every package the config lists. */
export async function loadRegistry(configPath: string | undefined): Promise<NodeRegistry> {
  const extra: AnyNodeTypeSpec[] = [];
  if (configPath !== undefined) {
    for (const name of (await readConfig(configPath)).nodePackages)
      extra.push(...(await importNodeTypes(name, configPath)));
  }
  try {
    return createNodeRegistry([...builtinNodeTypes, ...extra]);
  } catch (error) {
    throw new CliError('config', error instanceof Error ? error.message : String(error));
  }
}

async function readConfig(path: string): Promise<z.output<typeof configSchema>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new CliError('config', `Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) throw new CliError('config', `${path}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

async function importNodeTypes(name: string, configPath: string): Promise<AnyNodeTypeSpec[]> {
  let module: { nodeTypes?: unknown };
  try {
    module = (await import(resolvePackage(name, configPath))) as { nodeTypes?: unknown };
  } catch (error) {
    throw new CliError(
      'config',
      `Cannot load node package "${name}": ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const { nodeTypes } = module;
  if (!Array.isArray(nodeTypes) || !nodeTypes.every(isNodeTypeSpec)) {
    throw new CliError('config', `Node package "${name}" must export \`nodeTypes\`, an array of node type specs.`);
  }
  return nodeTypes;
}

// Packages are resolved from the config file's directory, as its author would expect; names the
// CommonJS resolver cannot see (import-only exports) fall back to resolution from the CLI itself.
function resolvePackage(name: string, configPath: string): string {
  try {
    return pathToFileURL(createRequire(configPath).resolve(name)).href;
  } catch {
    return name;
  }
}

function isNodeTypeSpec(value: unknown): value is AnyNodeTypeSpec {
  if (value === null || typeof value !== 'object') return false;
  const spec = value as Record<string, unknown>;
  const config = spec.config as { safeParse?: unknown } | null | undefined;
  return (
    typeof spec.type === 'string' &&
    typeof spec.version === 'number' &&
    (nodeKinds as readonly unknown[]).includes(spec.kind) &&
    typeof spec.ports === 'function' &&
    typeof config?.safeParse === 'function'
  );
}

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
