// The whole product in one test process: real Postgres, the Temporal dev server, the journey worker
// and the HTTP server, wired as the composition roots wire them. Shared by the spine integration
// tests, the browser (e2e) tests, which also serve the built web app, and node packages' tests
// (node-kit.ts), which run on the time-skipping server with their own node types.
import { randomBytes, randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createOutboundPolicy, createSecretBox, type SecretBox } from '@wayfarer/channels';
import { loadRuntimeRegistry } from '@wayfarer/config';
import type { RuntimeRegistry } from '@wayfarer/nodes/runtime';
import { createApiKey, createDb, createWorkspace } from '@wayfarer/db';
import { createServer, type AppRouter, type WayfarerServer } from '@wayfarer/server';
import { createSendServices } from '@wayfarer/delivery';
import { startJourneyWorker } from '@wayfarer/worker';
import { createTestDatabase, type TestDatabase } from './postgres';
import { untilRouted } from './routed';
import { bundleJourneyWorkflows, createDevServerEnv, createTimeSkippingEnv } from './temporal';

export interface Stack {
  database: TestDatabase;
  env: TestWorkflowEnvironment;
  server: WayfarerServer;
  /** The run's WAYFARER_SECRET_KEY box: seals channel credentials the server and worker open. */
  secretBox: SecretBox;
  /** e.g. `http://127.0.0.1:41234` */
  url: string;
  /**
   * Stops the journey worker and starts it again with `runtimes` (a deployment upgrading a node
   * package); running workflows carry on on the new worker.
   */
  restartWorker(runtimes: RuntimeRegistry): Promise<void>;
  close(): Promise<void>;
}

export interface StackOptions {
  /** Folder of the built web app, served at `/` (the e2e global setup builds one). */
  webRoot?: string;
  /**
   * Deliver on real channels (credentials sealed with `secretBox`), calling only these hosts (the
   * local provider servers, e.g. `127.0.0.1`); without it the worker has the outbox only.
   */
  sendTo?: readonly string[];
  /** The node types, runtimes and services (default: built-ins plus wayfarer.config.json's packages). */
  runtimes?: RuntimeRegistry;
  /** Temporal's time-skipping server instead of the dev server: waits pass while a result is awaited. */
  timeSkipping?: boolean;
}

/** Starts database, Temporal dev server, worker and HTTP server; `close()` stops them in reverse. */
export async function startStack(label: string, options: StackOptions = {}): Promise<Stack> {
  const [database, env, runtimes, workflowBundle] = await Promise.all([
    createTestDatabase(label),
    options.timeSkipping ? createTimeSkippingEnv() : createDevServerEnv(),
    options.runtimes ?? loadRuntimeRegistry(),
    bundleJourneyWorkflows(),
  ]);
  const taskQueue = `journeys-${randomUUID()}`;
  // A key of the run's own, as WAYFARER_SECRET_KEY gives one: channel credentials can be saved.
  const secretBox = createSecretBox(randomBytes(32));
  const sending = options.sendTo === undefined ? undefined : sendingOn(database.url, secretBox, options.sendTo);
  const startWorker = (installed: RuntimeRegistry) =>
    startJourneyWorker({
      db: database.db,
      connection: env.nativeConnection,
      namespace: 'default',
      taskQueue,
      runtimes: installed,
      workflowBundle,
      secretBox,
      ...(sending === undefined ? {} : { send: sending.send }),
    });
  let worker = await startWorker(runtimes);
  const server = createServer({
    db: database.db,
    temporal: env.client,
    registry: runtimes.nodes,
    taskQueue,
    webRoot: options.webRoot,
    secretBox,
    // The server calls the same local provider servers (LINE rich menus are made from the API).
    ...(options.sendTo === undefined ? {} : { outbound: createOutboundPolicy({ allow: options.sendTo }) }),
    // Test runs (issue 7) reuse the bundle instead of bundling the workflows again on first use.
    simulation: { runtimes, workflowBundle },
  });
  const url = await server.start({ port: 0, host: '127.0.0.1' });
  return {
    database,
    env,
    server,
    secretBox,
    url,
    restartWorker: async (installed) => {
      await worker.stop();
      worker = await startWorker(installed);
    },
    close: async () => {
      await server.stop();
      await worker.stop();
      await sending?.close();
      await env.teardown();
      await database.drop();
    },
  };
}

/** The worker's send services on a pool of their own (as in production), calling only `allow`. */
function sendingOn(url: string, box: SecretBox, allow: readonly string[]) {
  const db = createDb({ url });
  const send = createSendServices({
    db,
    box,
    policy: createOutboundPolicy({ allow }),
    unsubscribe: { baseUrl: 'http://127.0.0.1:3000', key: randomBytes(32) },
  });
  return { send, close: () => db.destroy() };
}

/** A workspace and a full-scope key for it. */
export async function createWorkspaceWithKey(
  stack: Pick<Stack, 'database'>,
  name: string,
): Promise<{ workspaceId: string; key: string }> {
  const workspace = await createWorkspace(stack.database.db, name);
  const { key } = await createApiKey(stack.database.db, { workspaceId: workspace.id, name: 'test', scope: 'full' });
  return { workspaceId: workspace.id, key };
}

/** The typed tRPC client the web app uses, authenticated with `key`. */
export function apiClient(stack: Pick<Stack, 'url'>, key: string) {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: `${stack.url}/trpc`, headers: () => ({ authorization: `Bearer ${key}` }) })],
  });
}

export type ApiClient = ReturnType<typeof apiClient>;

/**
 * POSTs to the ingest API over real HTTP and, once it stored something, waits until the server's
 * router has routed it (the answer comes first), so the caller sees the journeys it started.
 */
export async function ingest(
  stack: Pick<Stack, 'url' | 'database'>,
  key: string,
  path: string,
  body: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${stack.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = { status: response.status, body: (await response.json()) as Record<string, unknown> };
  if (response.ok) await untilRouted(stack.database.db);
  return answer;
}
