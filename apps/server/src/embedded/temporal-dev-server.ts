import { spawn, type ChildProcess } from 'node:child_process';
import { Connection } from '@temporalio/client';

export interface TemporalDevServer {
  address: string;
  uiUrl: string;
  /** A connection to it, ready to use (the namespace exists). */
  connection: Connection;
  /** Closes the connection and stops the server process. */
  stop(): Promise<void>;
}

export interface DevServerOptions {
  cliPath: string;
  /** SQLite file the server persists workflows in. */
  dbFile: string;
  port: number;
  /** Port of the web UI. */
  uiPort: number;
  namespace: string;
  /** How long to wait for the server to accept connections. */
  startTimeoutMs?: number;
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  const done = exited(child);
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await done;
  clearTimeout(timer);
}

// Polling is fine for a start-up script: the server takes a few seconds and says nothing useful.
async function connectWhenReady(
  address: string,
  namespace: string,
  child: ChildProcess,
  deadline: number,
): Promise<Connection> {
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The Temporal dev server exited with code ${child.exitCode} (is port ${address} taken?).`);
    }
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1_000 });
      try {
        await connection.workflowService.describeNamespace({ namespace });
        return connection;
      } catch (error) {
        await connection.close();
        throw error;
      }
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`The Temporal dev server did not accept connections at ${address} in time: ${String(lastError)}`);
}

/** Spawns `temporal server start-dev` and resolves once it serves the namespace. */
export async function startTemporalDevServer(options: DevServerOptions): Promise<TemporalDevServer> {
  const address = `127.0.0.1:${options.port}`;
  const { uiPort } = options;
  const args = [
    'server',
    'start-dev',
    '--db-filename',
    options.dbFile,
    '--ip',
    '127.0.0.1',
    '--port',
    String(options.port),
  ];
  args.push('--ui-port', String(uiPort), '--log-level', 'warn', '--namespace', options.namespace);
  const child = spawn(options.cliPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  // Its output is shown until we stop it: its complaints while shutting down are only noise.
  let forwarding = true;
  child.stdout?.on('data', (chunk: Buffer) => forwarding && process.stdout.write(chunk));
  child.stderr?.on('data', (chunk: Buffer) => forwarding && process.stderr.write(chunk));
  // If this process dies without stopping cleanly, do not leave the server behind.
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const stopChild = async (): Promise<void> => {
    forwarding = false;
    process.removeListener('exit', killOnExit);
    await stopProcess(child);
  };
  try {
    const connection = await connectWhenReady(
      address,
      options.namespace,
      child,
      Date.now() + (options.startTimeoutMs ?? 60_000),
    );
    return {
      address,
      uiUrl: `http://127.0.0.1:${uiPort}`,
      connection,
      stop: async () => {
        await connection.close();
        await stopChild();
      },
    };
  } catch (error) {
    await stopChild();
    throw error;
  }
}
