// The API server and the journey worker as their own Node processes, started from the production
// composition roots (apps/*/src/main.ts) and configured by environment variables, as deployed.
// For tests about what happens to a process (it must not die), not only to a request.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const STARTUP_TIMEOUT_MS = 90_000;

export interface AppProcess {
  child: ChildProcess;
  /** Everything the process wrote to stderr so far. */
  stderr(): string;
  /** True while the process has not exited. */
  alive(): boolean;
  stop(): Promise<void>;
}

export interface AppEnv {
  DATABASE_URL: string;
  TEMPORAL_ADDRESS: string;
  TEMPORAL_TASK_QUEUE: string;
  [name: string]: string;
}

function startApp(main: string, env: AppEnv, ready: (line: string) => string | undefined) {
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    cwd: repoRoot,
    env: { ...process.env, TEMPORAL_NAMESPACE: 'default', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const app: AppProcess = {
    child,
    stderr: () => stderr,
    alive: () => child.exitCode === null && child.signalCode === null,
    stop: async () => {
      if (app.alive()) child.kill('SIGTERM');
      await exited;
    },
  };
  const started = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${main} did not start within 90 s:\n${stderr}`)),
      STARTUP_TIMEOUT_MS,
    );
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${main} exited with code ${code} while starting:\n${stderr}`));
    });
    // Read every line (a full pipe would block the process); resolve on the first ready line.
    createInterface({ input: child.stdout }).on('line', (line) => {
      const value = ready(line);
      if (value === undefined) return;
      clearTimeout(timer);
      resolve(value);
    });
  });
  return { app, started };
}

/** Starts `apps/server/src/main.ts` on a free port; resolves once it listens. */
export async function startServerProcess(env: AppEnv): Promise<AppProcess & { url: string }> {
  const { app, started } = startApp(
    'apps/server/src/main.ts',
    { PORT: '0', HOST: '127.0.0.1', ...env },
    (line) => /Server listening at (http:\/\/[^"\s]+)/.exec(line)?.[1],
  );
  try {
    return { ...app, url: await started };
  } catch (error) {
    await app.stop();
    throw error;
  }
}

/** Starts `apps/worker/src/main.ts`; resolves once it polls its task queue. */
export async function startWorkerProcess(env: AppEnv & { WORKFLOW_BUNDLE_PATH: string }): Promise<AppProcess> {
  const { app, started } = startApp('apps/worker/src/main.ts', env, (line) =>
    line.includes('wayfarer worker running') ? line : undefined,
  );
  try {
    await started;
    return app;
  } catch (error) {
    await app.stop();
    throw error;
  }
}
