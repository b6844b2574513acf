import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from './errors';
import { CONFIG_FILE, findConfig, loadRegistry } from './load-registry';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
let scratch = '';

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'wayfarer-config-'));
  await mkdir(join(scratch, 'project/deep/er'), { recursive: true });
  await writeFile(join(scratch, 'project', CONFIG_FILE), JSON.stringify({ nodePackages: [] }));
  await writeFile(join(scratch, 'not-json.json'), 'nodePackages: []');
  await writeFile(join(scratch, 'wrong-shape.json'), JSON.stringify({ nodePackages: 'all' }));
  await writeFile(join(scratch, 'no-node-types.mjs'), 'export const nodeTypes = [{ type: "x" }];');
  await writeFile(join(scratch, 'bad-package.json'), JSON.stringify({ nodePackages: ['./no-node-types.mjs'] }));
  await writeFile(
    join(scratch, 'twice.json'),
    JSON.stringify({ nodePackages: ['@wayfarer/node-example', '@wayfarer/node-example'] }),
  );
});
afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function configError(path: string): Promise<CliError> {
  const error: unknown = await loadRegistry(path).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof CliError)) throw new Error(`expected a CliError, got ${String(error)}`);
  return error;
}

describe('findConfig', () => {
  it('walks up from the working directory to the nearest config', async () => {
    await expect(findConfig(join(scratch, 'project/deep/er'), {})).resolves.toBe(join(scratch, 'project', CONFIG_FILE));
    await expect(findConfig(join(repoRoot, 'apps/cli/src'), {})).resolves.toBe(join(repoRoot, CONFIG_FILE));
  });

  it('prefers WAYFARER_CONFIG, resolved against the working directory', async () => {
    await expect(findConfig(scratch, { WAYFARER_CONFIG: 'elsewhere.json' })).resolves.toBe(
      join(scratch, 'elsewhere.json'),
    );
  });

  it('finds nothing outside any project', async () => {
    await expect(findConfig(scratch, {})).resolves.toBeUndefined();
  });
});

describe('loadRegistry', () => {
  it('without a config knows the built-ins only', async () => {
    const registry = await loadRegistry(undefined);
    expect(registry.get('core.send')).toBeDefined();
    expect(registry.get('example.stamp-card')).toBeUndefined();
  });

  it('adds the node types of the packages the repository config lists', async () => {
    const registry = await loadRegistry(join(repoRoot, CONFIG_FILE));
    expect(registry.get('example.stamp-card')?.version).toBe(2);
    expect(registry.get('core.send')).toBeDefined();
  });

  it('rejects a config that is not JSON or has the wrong shape', async () => {
    expect((await configError(join(scratch, 'not-json.json'))).code).toBe('config');
    expect((await configError(join(scratch, 'wrong-shape.json'))).message).toContain('nodePackages');
    expect((await configError(join(scratch, 'absent.json'))).message).toContain('Cannot read');
  });

  it('rejects a package that does not export node type specs', async () => {
    expect((await configError(join(scratch, 'bad-package.json'))).message).toContain('must export `nodeTypes`');
  });

  it('rejects a node type registered twice', async () => {
    expect((await configError(join(scratch, 'twice.json'))).message).toContain('registered twice');
  });
});
