// The production composition roots (apps/server/src/main.ts, apps/worker/src/main.ts) as their own
// Node processes under tsx, configured by environment variables only, as a deployment runs them.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const entries = {
  server: fileURLToPath(new URL('../../apps/server/src/main.ts', import.meta.url)),
  worker: fileURLToPath(new URL('../../apps/worker/src/main.ts', import.meta.url)),
};
const STARTUP_TIMEOUT_MS = 120_000;

export interface AppProcess {
  /** The server's `http://127.0.0.1:<port>`; the worker's `http://127.0.0.1:<port>/metrics`. */
  url: string | undefined;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code once it has exited. */
  exited: Promise<number | null>;
  /** True while the process has not exited. */
  alive(): boolean;
  /** Its process id (to read its memory, for instance). */
  pid: number | undefined;
  stop(): Promise<void>;
}

// The server's pino line carries its address; the worker's says it polls, with its /metrics address.
function readiness(app: keyof typeof entries, line: string): { url?: string } | undefined {
  if (app === 'worker') {
    if (!line.includes('worker running')) return undefined;
    const { metrics } = JSON.parse(line) as { metrics?: string };
    return metrics === undefined ? {} : { url: metrics };
  }
  const url = /Server listening at (http:\/\/[^"\s]+)/.exec(line)?.[1];
  return url === undefined ? undefined : { url };
}

function collect(child: ChildProcess, onLine: (line: string) => void): () => string {
  let text = '';
  for (const stream of [child.stdout, child.stderr]) {
    if (stream === null) continue;
    createInterface({ input: stream }).on('line', (line) => {
      text += `${line}\n`;
      onLine(line);
    });
  }
  return () => text;
}

/** Spawns one app with `env` added to this process's; resolves once it is ready (or fails if it exits first). */
export async function startAppProcess(app: keyof typeof entries, env: Record<string, string>): Promise<AppProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', entries[app]], {
    cwd: repoRoot,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', METRICS_PORT: '0', METRICS_HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let ready: (value: { url?: string }) => void = () => undefined;
  const readyPromise = new Promise<{ url?: string }>((resolve) => (ready = resolve));
  const output = collect(child, (line) => {
    const state = readiness(app, line);
    if (state !== undefined) ready(state);
  });
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    readyPromise,
    exited.then((code) => new Error(`The ${app} exited with code ${code} before it was ready:\n${output()}`)),
    new Promise<Error>((resolve) => {
      timer = setTimeout(
        () => resolve(new Error(`The ${app} was not ready within 120 s:\n${output()}`)),
        STARTUP_TIMEOUT_MS,
      );
    }),
  ]);
  clearTimeout(timer);
  if (outcome instanceof Error) {
    await stop();
    throw outcome;
  }
  return {
    url: outcome.url,
    output,
    exited,
    alive: () => child.exitCode === null && child.signalCode === null,
    pid: child.pid,
    stop,
  };
}

/** Spawns one app that is expected to fail at start-up; resolves with its exit code and output. */
export async function runAppUntilExit(
  app: keyof typeof entries,
  env: Record<string, string>,
  limitMs = 120_000,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', entries[app]], {
    cwd: repoRoot,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', METRICS_PORT: '0', METRICS_HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = collect(child, () => undefined);
  const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
  clearTimeout(timer);
  return { code, output: output() };
}
