// Shared set-up of the server's integration tests: a real server on a fresh database, workspaces
// with keys, a typed tRPC client, and small journey graphs.
import { Client } from '@temporalio/client';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import type { SecretBox } from '@wayfarer/channels';
import { createApiKey, createWorkspace, findCustomerByExternalId } from '@wayfarer/db';
import type { Comparison, JourneyGraphInput } from '@wayfarer/journey';
import { builtinNodeTypes, createNodeRegistry, type NodeRegistry } from '@wayfarer/nodes';
import { createServer, type AppRouter, type WayfarerServer } from '@wayfarer/server';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { untilRouted } from '../../support/routed';

export interface TestServer {
  database: TestDatabase;
  server: WayfarerServer;
  url: string;
  close(): Promise<void>;
}

/**
 * The server on its own database, listening on a free port. Without a Temporal client it gets a
 * lazy one that is never used by tests that start no journey.
 */
export async function startTestServer(
  label: string,
  options: {
    temporal?: Client;
    taskQueue?: string;
    unsubscribeLinkKey?: Buffer;
    secretBox?: SecretBox;
    /** Default: the built-in node types only. */
    registry?: NodeRegistry;
  } = {},
): Promise<TestServer> {
  const database = await createTestDatabase(label);
  const server = createServer({
    db: database.db,
    temporal: options.temporal ?? new Client(),
    registry: options.registry ?? createNodeRegistry(builtinNodeTypes),
    taskQueue: options.taskQueue ?? 'server-tests',
    ...(options.unsubscribeLinkKey ? { unsubscribeLinkKey: options.unsubscribeLinkKey } : {}),
    ...(options.secretBox ? { secretBox: options.secretBox } : {}),
  });
  const url = await server.start({ port: 0, host: '127.0.0.1' });
  return {
    database,
    server,
    url,
    close: async () => {
      await server.stop();
      await database.drop();
    },
  };
}

export interface TestWorkspace {
  workspaceId: string;
  fullKey: string;
  ingestKey: string;
}

/** A workspace of its own per test, so live journeys of one test never see another's events. */
export async function createTestWorkspace(test: TestServer, name = 'Acme'): Promise<TestWorkspace> {
  const { db } = test.database;
  const workspace = await createWorkspace(db, name);
  const full = await createApiKey(db, { workspaceId: workspace.id, name: 'full', scope: 'full' });
  const ingest = await createApiKey(db, { workspaceId: workspace.id, name: 'ingest', scope: 'ingest' });
  return { workspaceId: workspace.id, fullKey: full.key, ingestKey: ingest.key };
}

/** The typed client a web app would use, sending `key` as a Bearer token. */
export function trpcClient(test: TestServer, key: string) {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: `${test.url}/trpc`, headers: () => ({ authorization: `Bearer ${key}` }) })],
  });
}

/** The error a tRPC call rejected with (fails the test if it resolved). */
export async function trpcError(call: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) return error as TRPCClientError<AppRouter>;
    throw error;
  }
  throw new Error('Expected the call to fail.');
}

/**
 * POSTs JSON to the ingest API with a Bearer key and, once it stored something, waits until the
 * server's router has routed it (the answer comes first), so the caller sees what routing did.
 */
export async function postIngest(test: TestServer, path: string, key: string | undefined, body: unknown) {
  const response = await test.server.app.inject({
    method: 'POST',
    url: path,
    headers: key === undefined ? {} : { authorization: `Bearer ${key}` },
    payload: body as Record<string, unknown>,
  });
  if (response.statusCode === 200 || response.statusCode === 207) await untilRouted(test.database.db);
  return { status: response.statusCode, body: response.json<Record<string, unknown>>() };
}

/** Identifies a customer over the ingest API and returns their id (throws when not stored). */
export async function identifyCustomer(
  test: TestServer,
  workspace: TestWorkspace,
  userId: string,
  traits: Record<string, unknown>,
  timestamp?: string,
): Promise<string> {
  const response = await postIngest(test, '/v1/identify', workspace.ingestKey, { userId, traits, timestamp });
  if (response.status !== 200)
    throw new Error(`identify ${userId}: ${response.status} ${JSON.stringify(response.body)}`);
  const customer = await findCustomerByExternalId(test.database.db, workspace.workspaceId, userId);
  if (!customer) throw new Error(`customer ${userId} not stored`);
  return customer.id;
}

/** trigger (on `event`, filtered by `where`) → end. */
export function eventJourney(
  event: string,
  options: { where?: Comparison[]; reentry?: 'once' | 'always'; exitOn?: string[] } = {},
): JourneyGraphInput {
  return {
    nodes: [
      { id: 'trigger', type: 'core.trigger.event', data: { config: { event, where: options.where ?? [] } } },
      { id: 'end', type: 'core.end' },
    ],
    edges: [{ id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'end' }],
    settings: {
      reentry: options.reentry ?? 'once',
      // Events the journey can use: the router signals only these to its running enrollments.
      exitOn: (options.exitOn ?? []).map((name) => ({ event: name, where: [] })),
    },
  };
}

/** "Started by API" trigger → end. */
export function apiJourney(): JourneyGraphInput {
  return {
    nodes: [
      { id: 'api', type: 'core.trigger.api' },
      { id: 'end', type: 'core.end' },
    ],
    edges: [{ id: 'e1', source: 'api', sourceHandle: 'out', target: 'end' }],
  };
}
