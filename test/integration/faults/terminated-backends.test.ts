// The database drops every connection while the API server and the journey worker (each its own
// process, as deployed) hold them and customers walk a journey: both processes live on, every
// journey completes, nothing is written or delivered twice.
import { randomBytes, randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretBox, sealChannelConfig } from '@wayfarer/channels';
import { loadNodeRegistry } from '@wayfarer/config';
import { createApiKey, createWorkspace, saveChannelCredentials, saveMessagingSettings } from '@wayfarer/db';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { startAppProcess, type AppProcess } from '../../support/app-processes';
import { eventually } from '../../support/eventually';
import { createTestDatabase, terminateBackends, type TestDatabase } from '../../support/postgres';
import { publishGraph } from '../../support/publish-graph';
import { bundleJourneyWorkflows, createDevServerEnv } from '../../support/temporal';
import { startHttpSink, type HttpSink } from '../channels/http-sink';

const CUSTOMERS = 12;

/** trigger → webhook → wait 2 s → points → webhook → end: two deliveries and one grant each. */
const journey: JourneyGraphInput = {
  nodes: [
    { id: 'trigger', type: 'core.trigger.event', data: { config: { event: 'joined' } } },
    {
      id: 'hello',
      type: 'core.send',
      data: { config: { channel: 'webhook', name: 'Hello', body: '{"customer":"{{ customer.id }}","step":"hello"}' } },
    },
    {
      id: 'wait',
      type: 'core.wait',
      data: { config: { mode: 'duration', duration: { amount: 2, unit: 'seconds' } } },
    },
    { id: 'points', type: 'core.reward.points', data: { config: { points: 10 } } },
    {
      id: 'thanks',
      type: 'core.send',
      data: {
        config: { channel: 'webhook', name: 'Thanks', body: '{"customer":"{{ customer.id }}","step":"thanks"}' },
      },
    },
    { id: 'end', type: 'core.end' },
  ],
  edges: [
    { id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'hello' },
    { id: 'e2', source: 'hello', sourceHandle: 'sent', target: 'wait' },
    { id: 'e3', source: 'wait', sourceHandle: 'out', target: 'points' },
    { id: 'e4', source: 'points', sourceHandle: 'out', target: 'thanks' },
    { id: 'e5', source: 'thanks', sourceHandle: 'sent', target: 'end' },
  ],
};

describe('every database connection terminated while a journey runs', () => {
  let database: TestDatabase;
  let env: TestWorkflowEnvironment;
  let sink: HttpSink;
  let server: AppProcess;
  let serverUrl: string;
  let worker: AppProcess;
  let workspaceId: string;
  let apiKey: string;

  beforeAll(async () => {
    const secretKey = randomBytes(32);
    let bundlePath: string;
    [database, env, { codePath: bundlePath }, sink] = await Promise.all([
      createTestDatabase('faults'),
      createDevServerEnv(),
      bundleJourneyWorkflows(),
      startHttpSink(() => ({ status: 200, body: { ok: true } })),
    ]);
    workspaceId = (await createWorkspace(database.db, 'Faults')).id;
    apiKey = (await createApiKey(database.db, { workspaceId, name: 'ingest', scope: 'full' })).key;
    const box = createSecretBox(secretKey);
    const webhook = { channel: 'webhook' as const, url: `${sink.url}/hook`, signingSecret: 's'.repeat(32) };
    await saveChannelCredentials(database.db, {
      workspaceId,
      channel: 'webhook',
      sealedConfig: sealChannelConfig(box, workspaceId, webhook),
    });
    // Quiet hours off: the test's clock is the machine's.
    await saveMessagingSettings(database.db, workspaceId, { quietHours: null });
    await publishGraph(database.db, await loadNodeRegistry(), { workspaceId, name: 'Faults', graph: journey });
    const appEnv = {
      DATABASE_URL: database.url,
      TEMPORAL_ADDRESS: env.address,
      TEMPORAL_TASK_QUEUE: `faults-${randomUUID()}`,
      WAYFARER_SECRET_KEY: secretKey.toString('base64'),
    };
    [server, worker] = await Promise.all([
      startAppProcess('server', appEnv),
      startAppProcess('worker', { ...appEnv, WORKFLOW_BUNDLE_PATH: bundlePath }),
    ]);
    serverUrl = server.url ?? '';
  });
  afterAll(async () => {
    await Promise.all([server?.stop(), worker?.stop()]);
    await sink?.close();
    await env?.teardown();
    await database?.drop();
  });

  // A Segment client's behaviour: a 503 (database unreachable) is retried with the same messageId.
  async function track(userId: string): Promise<void> {
    const body = JSON.stringify({ userId, event: 'joined', messageId: `joined-${userId}` });
    const headers = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' };
    const status = await eventually(async () => {
      const response = await fetch(`${serverUrl}/v1/track`, { method: 'POST', headers, body });
      return response.status === 503 ? undefined : response.status;
    }, 30_000);
    expect(status).toBe(200);
  }

  const completed = async () =>
    Number(
      (
        await database.db
          .selectFrom('enrollments')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('status', '=', 'completed')
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('keeps both processes alive, completes every journey and duplicates nothing', async () => {
    const users = Array.from({ length: CUSTOMERS }, (_, index) => `user-${index}`);
    const [early, late] = [users.slice(0, CUSTOMERS / 2), users.slice(CUSTOMERS / 2)];
    await Promise.all(early.map(track));
    // Both processes hold connections now: the server's from ingest, the worker's from steps.
    await sink.received(2);
    expect(await terminateBackends(database)).toBeGreaterThan(0);
    await Promise.all(late.map(track));
    // Again while customers wait, earn points and get their second message.
    await sink.received(CUSTOMERS + 2);
    expect(await terminateBackends(database)).toBeGreaterThan(0);

    await eventually(async () => ((await completed()) === CUSTOMERS ? true : undefined), 120_000);
    expect(server.alive()).toBe(true);
    expect(worker.alive()).toBe(true);
    const health = (await (await fetch(`${serverUrl}/healthz`)).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ status: 'ok', database: { ok: true }, temporal: { ok: true } });
    expect((await fetch(`${serverUrl}/readyz`)).status).toBe(200);

    // Nothing twice: one delivery key per customer and message, one message row each, one grant each.
    const keys = new Set(sink.requests.map((request) => request.headers['idempotency-key']));
    expect(keys.size).toBe(CUSTOMERS * 2);
    const bodies = new Set(sink.requests.map((request) => request.body));
    expect(bodies.size).toBe(CUSTOMERS * 2);
    const messages = await database.db.selectFrom('messages').select(['status', 'stepId']).execute();
    expect(messages).toHaveLength(CUSTOMERS * 2);
    expect(messages.every((message) => message.status === 'sent')).toBe(true);
    const grants = await database.db.selectFrom('pointsLedger').select('customerId').execute();
    expect(grants).toHaveLength(CUSTOMERS);
    expect(new Set(grants.map((grant) => grant.customerId)).size).toBe(CUSTOMERS);
    // Both processes lost connections, said so, and nothing went uncaught.
    expect(server.output()).toMatch(/Postgres connection lost/);
    expect(worker.output()).toMatch(/Postgres connection lost/);
    expect(`${server.output()}${worker.output()}`).not.toMatch(/uncaught|unhandled/i);
  }, 180_000);
});
