import { chmod, mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from './config-error';
import { findTemporalBinary, findTemporalCli, findTemporalTestServer } from './temporal-binaries';

// PATH is the only place searched: neither pyenv nor python3 is on it, so the look-up is hermetic.
let scratch = '';
let shims = '';
let bins = '';
let plain = '';
const elfHeader = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]);

async function writeFileMode(path: string, content: string | Buffer, mode: number): Promise<string> {
  await writeFile(path, content);
  await chmod(path, mode);
  return path;
}

beforeAll(async () => {
  scratch = await realpath(await mkdtemp(join(tmpdir(), 'wayfarer-temporal-')));
  shims = join(scratch, 'shims');
  bins = join(scratch, 'bins');
  plain = join(scratch, 'plain');
  for (const dir of [shims, bins, plain]) await mkdir(dir);
  await writeFileMode(join(shims, 'temporal'), '#!/usr/bin/env bash\nexec pyenv exec temporal "$@"\n', 0o755);
  await writeFileMode(join(bins, 'temporal'), elfHeader, 0o755);
  await writeFileMode(join(bins, 'temporal-test-server'), elfHeader, 0o755);
  await writeFileMode(join(plain, 'temporal'), elfHeader, 0o644);
});
afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('findTemporalBinary', () => {
  it('skips a shell script (a pyenv shim) and finds the native binary after it on PATH', () => {
    expect(findTemporalBinary('temporal', 'TEMPORAL_CLI_PATH', { PATH: shims })).toBeUndefined();
    const path = [shims, bins].join(':');
    expect(findTemporalBinary('temporal', 'TEMPORAL_CLI_PATH', { PATH: path })).toBe(join(bins, 'temporal'));
  });

  it('skips a binary that is not executable', () => {
    expect(findTemporalBinary('temporal', 'TEMPORAL_CLI_PATH', { PATH: plain })).toBeUndefined();
  });

  it('takes the path in the env variable as given, even a script, without searching', () => {
    const script = join(shims, 'temporal');
    expect(findTemporalCli({ TEMPORAL_CLI_PATH: script, PATH: bins })).toBe(script);
    const server = join(bins, 'temporal-test-server');
    expect(findTemporalTestServer({ TEMPORAL_TEST_SERVER_PATH: server, PATH: '' })).toBe(server);
  });

  it('rejects an env variable naming a file that is not executable', () => {
    const lookUp = () => findTemporalCli({ TEMPORAL_CLI_PATH: join(plain, 'temporal'), PATH: bins });
    expect(lookUp).toThrow(ConfigError);
    expect(lookUp).toThrow(`TEMPORAL_CLI_PATH=${join(plain, 'temporal')} is not an executable file.`);
  });

  it('remembers a hit: the search runs once per process', async () => {
    const path = join(bins, 'temporal-test-server');
    expect(findTemporalTestServer({ PATH: bins })).toBe(path);
    await chmod(path, 0o644);
    expect(findTemporalTestServer({ PATH: bins })).toBe(path);
    await chmod(path, 0o755);
  });
});
