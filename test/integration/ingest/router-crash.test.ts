import { createServer as createTcpServer, connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createApiKey, createWorkspace } from '@wayfarer/db';
import { builtinNodeTypes, createNodeRegistry } from '@wayfarer/nodes';
import { createServer, type WayfarerServer } from '@wayfarer/server';
import { journeyWorkflowId } from '@wayfarer/workflows';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../../support/eventually';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { publishGraph } from '../../support/publish-graph';
import { untilRouted } from '../../support/routed';
import { startServerProcess, type ServerProcess } from '../../support/server-process';
import { createDevServerEnv } from '../../support/temporal';

// A server that stored events and died before routing them: the next server routes them. The
// first server (a real process, apps/server/src/main.ts) reaches Temporal through a proxy the test
// freezes, so its router is caught holding claimed events mid-routing when it is SIGKILLed.

/** A TCP proxy to `target`; `freeze()` stops every byte both ways, as a hung network would. */
async function startProxy(target: string) {
  const [host = '127.0.0.1', port = '7233'] = target.split(':');
  const sockets: Socket[] = [];
  let frozen = false;
  const server = createTcpServer((client) => {
    sockets.push(client);
    if (frozen) return void client.pause();
    const upstream = connect(Number(port), host);
    sockets.push(upstream);
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    address: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    freeze() {
      frozen = true;
      for (const socket of sockets) {
        socket.unpipe();
        socket.pause();
      }
    },
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const TASK_QUEUE = 'router-crash-test';

describe('events stored by a server that died before routing them', () => {
  let env: TestWorkflowEnvironment;
  let database: TestDatabase;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let first: ServerProcess | undefined;
  let next: WayfarerServer | undefined;

  beforeAll(async () => {
    [env, database] = await Promise.all([createDevServerEnv(), createTestDatabase('router_crash')]);
    proxy = await startProxy(env.address);
  });
  afterAll(async () => {
    await first?.kill();
    await next?.stop();
    await proxy?.close();
    await database?.drop();
    await env?.teardown();
  });

  it('are routed by the next server once the dead one’s lease ends, each entering its journey once', async () => {
    const registry = createNodeRegistry(builtinNodeTypes);
    const workspace = await createWorkspace(database.db, 'Crash');
    const { key } = await createApiKey(database.db, { workspaceId: workspace.id, name: 'ingest', scope: 'ingest' });
    const journey = await publishGraph(database.db, registry, {
      workspaceId: workspace.id,
      name: 'Welcome',
      graph: {
        nodes: [
          { id: 'trigger', type: 'core.trigger.event', data: { config: { event: 'signed_up', where: [] } } },
          { id: 'end', type: 'core.end' },
        ],
        edges: [{ id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'end' }],
      },
    });

    first = await startServerProcess({
      databaseUrl: database.url,
      temporalAddress: proxy.address,
      taskQueue: TASK_QUEUE,
      env: { EVENT_ROUTER_LEASE_MS: '2000' },
    });
    proxy.freeze();
    const batch = ['ana', 'bo', 'cy'].map((userId) => ({
      type: 'track',
      userId,
      event: 'signed_up',
      messageId: userId,
    }));
    const answer = await fetch(`${first.url}/v1/batch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ batch }),
    });
    expect(answer.status).toBe(200);

    // Its router claimed them (a lease in the future) and hangs on Temporal: nothing is routed.
    await eventually(async () => {
      const claimed = await database.db
        .selectFrom('events')
        .select('id')
        .where('routedAt', 'is', null)
        .where('routeDueAt', '>', new Date())
        .execute();
      return claimed.length === 3 ? true : undefined;
    });
    await first.kill();
    first = undefined;

    next = createServer({ db: database.db, temporal: env.client, registry, taskQueue: TASK_QUEUE });
    await next.start({ port: 0, host: '127.0.0.1' });
    await untilRouted(database.db);

    const enrollments = await database.db
      .selectFrom('enrollments')
      .innerJoin('customers', 'customers.id', 'enrollments.customerId')
      .select(['enrollments.workflowId', 'enrollments.customerId', 'customers.externalId'])
      .execute();
    expect(enrollments.map((row) => row.externalId).sort()).toEqual(['ana', 'bo', 'cy']);
    for (const { workflowId, customerId } of enrollments) {
      expect(workflowId).toBe(journeyWorkflowId(journey.journeyId, customerId));
      const description = await env.client.workflow.getHandle(workflowId).describe();
      expect(description.status.name).toBe('RUNNING');
    }
  });
});
