// The API server run the way production runs it: its own Node process from the production
// composition root (apps/server/src/main.ts), configured by environment variables. The ingest
// benchmark uses it to keep the server's event loop apart from the load generator and the worker;
// tests use it to kill a server outright (SIGKILL) and see what the next one does.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface ServerProcessOptions {
  databaseUrl: string;
  temporalAddress: string;
  taskQueue: string;
  /** Extra Node flags for the server process, e.g. `--cpu-prof` to see where its time goes. */
  nodeArgs?: string[];
  /** More environment variables (e.g. `EVENT_ROUTER_LEASE_MS`). */
  env?: Record<string, string>;
}

export interface ServerProcess {
  /** e.g. `http://127.0.0.1:41234` */
  url: string;
  /** SIGTERM: a graceful stop. */
  stop(): Promise<void>;
  /** SIGKILL: the process dies where it is, as in a crash. */
  kill(): Promise<void>;
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const mainPath = fileURLToPath(new URL('../../apps/server/src/main.ts', import.meta.url));
const STARTUP_TIMEOUT_MS = 60_000;
// Benchmarks and tests measure routing, not the limiter: the limit stays on (its counting is part
// of every request) but far above what one run sends.
const RATE_LIMIT_PER_MIN = 10_000_000;

// Fastify's pino logger prints one JSON line per event; the listen line carries the address.
function listeningUrl(line: string): string | undefined {
  return /Server listening at (http:\/\/[^"\s]+)/.exec(line)?.[1];
}

function waitForListening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('The server process did not listen within 60 s.')),
      STARTUP_TIMEOUT_MS,
    );
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server process exited with code ${code} before listening.`));
    });
    const { stdout } = child;
    if (stdout === null) throw new Error('The server process has no stdout to read.');
    const lines = createInterface({ input: stdout });
    lines.on('line', (line) => {
      const url = listeningUrl(line);
      if (url === undefined) return;
      clearTimeout(timer);
      // From here on the request log is drained unread: a full pipe would block the server, and
      // parsing it would cost this process CPU that the bare contender does not pay.
      lines.close();
      stdout.resume();
      resolve(url);
    });
  });
}

/** Starts `apps/server/src/main.ts` under tsx on a free port; resolves once it listens. */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', mainPath], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      TEMPORAL_ADDRESS: options.temporalAddress,
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: options.taskQueue,
      PORT: '0',
      HOST: '127.0.0.1',
      INGEST_RATE_LIMIT_PER_MIN: String(RATE_LIMIT_PER_MIN),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const end = async (signal: NodeJS.Signals): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  const stop = () => end('SIGTERM');
  try {
    return { url: await waitForListening(child), stop, kill: () => end('SIGKILL') };
  } catch (error) {
    await stop();
    throw error;
  }
}
