import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from './config-error';
import { CONFIG_FILE, findConfigFile, readWayfarerConfig } from './config-file';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
let scratch = '';

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'wayfarer-config-file-'));
  await mkdir(join(scratch, 'project/deep/er'), { recursive: true });
  await writeFile(join(scratch, 'project', CONFIG_FILE), JSON.stringify({ nodePackages: [] }));
  // A folder with the config's name is not a config file: the walk goes on past it.
  await mkdir(join(scratch, 'project/deep', CONFIG_FILE));
  await writeFile(join(scratch, 'not-json.json'), 'nodePackages: []');
  await writeFile(join(scratch, 'wrong-shape.json'), JSON.stringify({ nodePackages: 'all' }));
  await writeFile(join(scratch, 'commented.json'), JSON.stringify({ $comment: 'why', nodePackages: ['@acme/nodes'] }));
});
afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

function configError(path: string): ConfigError {
  try {
    readWayfarerConfig(path);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`expected ${path} to be rejected`);
}

describe('findConfigFile', () => {
  it('walks up from the working directory to the nearest config file', () => {
    expect(findConfigFile(join(scratch, 'project/deep/er'), {})).toBe(join(scratch, 'project', CONFIG_FILE));
    expect(findConfigFile(join(repoRoot, 'apps/cli/src'), {})).toBe(join(repoRoot, CONFIG_FILE));
  });

  it('prefers WAYFARER_CONFIG, resolved against the working directory', () => {
    expect(findConfigFile(scratch, { WAYFARER_CONFIG: 'elsewhere.json' })).toBe(join(scratch, 'elsewhere.json'));
    expect(findConfigFile(scratch, { WAYFARER_CONFIG: '/etc/wayfarer.json' })).toBe('/etc/wayfarer.json');
  });

  it('finds nothing outside any project', () => {
    expect(findConfigFile(scratch, {})).toBeUndefined();
  });
});

describe('readWayfarerConfig', () => {
  it('without a file gives the defaults: no packages', () => {
    expect(readWayfarerConfig(undefined)).toEqual({ nodePackages: [] });
  });

  it('reads a valid file and remembers where it came from', () => {
    const path = join(scratch, 'commented.json');
    expect(readWayfarerConfig(path)).toEqual({ nodePackages: ['@acme/nodes'], file: path });
  });

  it('rejects a file that is missing, not JSON or the wrong shape, naming it', () => {
    const absent = configError(join(scratch, 'absent.json'));
    expect(absent.code).toBe('invalid_config_file');
    expect(absent.message).toContain(`Cannot read ${join(scratch, 'absent.json')}`);
    expect(configError(join(scratch, 'not-json.json')).message).toContain('not-json.json is not valid JSON');
    const shape = configError(join(scratch, 'wrong-shape.json'));
    expect(shape.code).toBe('invalid_config_file');
    // z.prettifyError: the issue, then the path it is at.
    expect(shape.message).toMatch(/wrong-shape\.json: ✖ .*\n {2}→ at nodePackages/);
  });
});
