import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, type ConfigErrorCode } from './config-error';
import { CONFIG_FILE, readWayfarerConfig } from './config-file';
import { loadNodeRegistry, loadRuntimeRegistry } from './node-packages';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
let scratch = '';
const inScratch = (file: string): string => join(scratch, file);

// A node package installed next to a project's config only: resolvable from there, not from here.
const acmeSpec = `export const spec = {
  type: 'acme.ping', version: 1, kind: 'action', category: 'custom',
  ports: () => [{ name: 'out' }],
  config: { safeParse: (data) => ({ success: true, data }) },
};
export const nodeTypes = [spec];`;

async function writePackage(dir: string, files: Record<string, string>): Promise<void> {
  await mkdir(dir, { recursive: true });
  const exports = { '.': './index.js', './runtime': './runtime.js' };
  await writeFile(join(dir, 'package.json'), JSON.stringify({ type: 'module', exports }));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'wayfarer-node-packages-'));
  const modules = inScratch('project/node_modules');
  await writePackage(join(modules, '@acme/nodes'), {
    'index.js': acmeSpec,
    'runtime.js': `import { spec } from './index.js';
const pinger = { name: 'acmePinger', description: 'pings', phase: 'any' };
export const runtimes = [{ type: 'acme.ping', spec, needs: [pinger], execute: async () => ({ port: 'out' }) }];
export const services = [{ key: pinger, provide: () => ({ ping: () => 'pong' }) }];`,
  });
  await writePackage(join(modules, '@acme/bad-services'), {
    'index.js': acmeSpec,
    'runtime.js': `import { spec } from './index.js';
export const runtimes = [{ type: 'acme.ping', spec, needs: [], execute: async () => ({ port: 'out' }) }];
export const services = [{ name: 'acmePinger' }];`,
  });
  await writePackage(join(modules, '@acme/bad-runtime'), {
    'index.js': acmeSpec,
    'runtime.js': `export const runtimes = [{ type: 'acme.ping' }];`,
  });
  await writePackage(join(modules, '@acme/no-runtime'), {
    'index.js': acmeSpec,
    'runtime.js': 'export const runtimes = [];',
  });
  await writeFile(inScratch(`project/${CONFIG_FILE}`), JSON.stringify({ nodePackages: ['@acme/nodes'] }));
  await writeFile(inScratch('project/bad-runtime.json'), JSON.stringify({ nodePackages: ['@acme/bad-runtime'] }));
  await writeFile(inScratch('project/no-runtime.json'), JSON.stringify({ nodePackages: ['@acme/no-runtime'] }));
  await writeFile(inScratch('project/bad-services.json'), JSON.stringify({ nodePackages: ['@acme/bad-services'] }));
  await writeFile(inScratch('no-node-types.mjs'), 'export const nodeTypes = [{ type: "x" }];');
  await writeFile(inScratch('bad-package.json'), JSON.stringify({ nodePackages: ['./no-node-types.mjs'] }));
  await writeFile(inScratch('missing.json'), JSON.stringify({ nodePackages: ['@wayfarer/no-such-nodes'] }));
  // Not installed next to this file: found by the fallback, resolution from @wayfarer/config.
  const twice = ['@wayfarer/node-example', '@wayfarer/node-example'];
  await writeFile(inScratch('twice.json'), JSON.stringify({ nodePackages: twice }));
});
afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function rejection(loading: Promise<unknown>, code: ConfigErrorCode): Promise<string> {
  const error: unknown = await loading.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ConfigError)) throw new Error(`expected a ConfigError, got ${String(error)}`);
  expect(error.code).toBe(code);
  return error.message;
}

describe('loadNodeRegistry', () => {
  it('without a config file knows the built-ins only', async () => {
    const registry = await loadNodeRegistry(readWayfarerConfig(undefined));
    expect(registry.get('core.send')).toBeDefined();
    expect(registry.get('example.stamp-card')).toBeUndefined();
  });

  it('adds the node types of the packages the repository config lists', async () => {
    const registry = await loadNodeRegistry(readWayfarerConfig(join(repoRoot, CONFIG_FILE)));
    expect(registry.get('example.stamp-card')?.version).toBe(2);
    expect(registry.get('core.send')).toBeDefined();
    expect(registry.packageOf('example.stamp-card')).toBe('@wayfarer/node-example');
    expect(registry.packageOf('core.send')).toBe('@wayfarer/nodes');
    expect(registry.packageOf('acme.unknown')).toBeUndefined();
  });

  it("resolves packages from the config file's folder", async () => {
    const registry = await loadNodeRegistry(readWayfarerConfig(inScratch(`project/${CONFIG_FILE}`)));
    expect(registry.get('acme.ping')?.kind).toBe('action');
    // The same list without its file resolves from here, where @acme/nodes is not installed.
    const message = await rejection(loadNodeRegistry({ nodePackages: ['@acme/nodes'] }), 'package_not_loadable');
    expect(message).toContain('Cannot load node package "@acme/nodes"');
  });

  it('rejects a package that cannot be loaded', async () => {
    const message = await rejection(
      loadNodeRegistry(readWayfarerConfig(inScratch('missing.json'))),
      'package_not_loadable',
    );
    expect(message).toContain('@wayfarer/no-such-nodes');
  });

  it('rejects a package that does not export node type specs', async () => {
    const message = await rejection(
      loadNodeRegistry(readWayfarerConfig(inScratch('bad-package.json'))),
      'invalid_package',
    );
    expect(message).toContain(
      'must export `nodeTypes`, an array of node type specs (nodeTypes[0] is not a node type spec)',
    );
  });

  it('rejects a node type registered twice', async () => {
    const message = await rejection(loadNodeRegistry(readWayfarerConfig(inScratch('twice.json'))), 'invalid_registry');
    expect(message).toContain('registered twice');
  });
});

describe('loadRuntimeRegistry', () => {
  it("adds each package's runtime facets, resolved from the config file's folder", async () => {
    const repo = await loadRuntimeRegistry(readWayfarerConfig(join(repoRoot, CONFIG_FILE)));
    expect(repo.get('example.stamp-card')).toBeDefined();
    const project = await loadRuntimeRegistry(readWayfarerConfig(inScratch(`project/${CONFIG_FILE}`)));
    expect(project.get('acme.ping')?.spec).toBe(project.nodes.get('acme.ping'));
  });

  it("collects the service providers a package's /runtime entry adds", async () => {
    const project = await loadRuntimeRegistry(readWayfarerConfig(inScratch(`project/${CONFIG_FILE}`)));
    expect(project.providers.map((provider) => provider.key.name)).toEqual(['acmePinger']);
    expect(project.get('acme.ping')?.needs.map((key) => key.name)).toEqual(['acmePinger']);
  });

  it('rejects a /runtime entry whose services are not service providers', async () => {
    const loading = loadRuntimeRegistry(readWayfarerConfig(inScratch('project/bad-services.json')));
    await expect(rejection(loading, 'invalid_package')).resolves.toContain('services[0] is not a service provider');
  });

  it('rejects a /runtime entry whose runtimes are not runtime facets', async () => {
    const loading = loadRuntimeRegistry(readWayfarerConfig(inScratch('project/bad-runtime.json')));
    const message = await rejection(loading, 'invalid_package');
    expect(message).toContain('"@acme/bad-runtime/runtime" must export `runtimes`');
    expect(message).toContain('runtimes[0] is not a runtime facet');
  });

  it('rejects an action type left without a runtime facet', async () => {
    const loading = loadRuntimeRegistry(readWayfarerConfig(inScratch('project/no-runtime.json')));
    await expect(rejection(loading, 'invalid_registry')).resolves.toContain('No runtime facet for: acme.ping');
  });
});
