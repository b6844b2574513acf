// A LINE reply has no retry key: a worker killed while LINE holds the reply must not reply again
// or push after it (the reply may have arrived), and the message is recorded as `unknown`.
import { randomBytes, randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretBox } from '@wayfarer/channels';
import { loadRuntimeRegistry } from '@wayfarer/config';
import type { RuntimeRegistry } from '@wayfarer/nodes/runtime';
import { JOURNEY_WORKFLOW, type JourneyWorkflow } from '@wayfarer/workflows';
import { lineMessagingApi } from '../../support/line-messaging-api';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { bundleJourneyWorkflows, createDevServerEnv } from '../../support/temporal';
import { startHttpSink } from '../channels/http-sink';
import { killProcess, spawnWorkerProcess } from '../exactly-once/support';
import { lineToken } from './provider-apis';
import { createAudience, enrol, messagesOf, portsOf, publish, sendChain } from './support';

describe('a worker killed while LINE holds its reply', () => {
  let database: TestDatabase;
  let env: TestWorkflowEnvironment;
  let runtimes: RuntimeRegistry;
  let bundlePath: string;
  const key = randomBytes(32);
  const box = createSecretBox(key);

  beforeAll(async () => {
    [database, env, runtimes, { codePath: bundlePath }] = await Promise.all([
      createTestDatabase('sending_reply_crash'),
      createDevServerEnv(),
      loadRuntimeRegistry(),
      bundleJourneyWorkflows(),
    ]);
  });
  afterAll(async () => {
    await env?.teardown();
    await database?.drop();
  });

  it('neither replies again nor pushes: the message is unknown and the journey carries on', async () => {
    const api = lineMessagingApi();
    api.failReplies('hang');
    const sink = await startHttpSink(api.reply);
    const audience = await createAudience(database.db, box, {
      channels: [{ channel: 'line', channelAccessToken: lineToken, baseUrl: sink.url, timeoutMs: 100_000 }],
    });
    const graph = sendChain([{ id: 'send', config: { channel: 'line', name: 'Answer', body: 'Hi', reply: true } }]);
    const run = await enrol(database.db, audience, await publish(database.db, runtimes.nodes, audience, graph));
    // Long-lived here, so that only our rule — not LINE refusing a late token — can stop a second reply.
    const token = api.issueReplyToken({ lifetimeMs: 3_600_000 });
    const entryEvent = {
      id: randomUUID(),
      name: 'line_message',
      properties: { messageType: 'text', text: 'hi', replyToken: token.token },
      timestamp: new Date(token.issuedAt).toISOString(),
    };

    const taskQueue = `reply-crash-${randomUUID()}`;
    const previousKey = process.env.WAYFARER_SECRET_KEY;
    process.env.WAYFARER_SECRET_KEY = key.toString('base64');
    const spawn = () => spawnWorkerProcess({ databaseUrl: database.url, env, taskQueue, bundlePath });
    const first = spawn();
    const handle = await env.client.workflow.start<JourneyWorkflow>(JOURNEY_WORKFLOW, {
      taskQueue,
      workflowId: run.workflowId,
      args: [{ ...run.input, entryEvent }],
    });
    await sink.received(1);
    await killProcess(first, 'SIGKILL');
    expect(await messagesOf(database.db, audience.customerId)).toMatchObject([{ status: 'sending' }]);

    const second = spawn();
    try {
      // The activity is retried once its start-to-close timeout (1 minute) expires.
      expect((await handle.result()).outcome).toBe('completed');
    } finally {
      await killProcess(second, 'SIGTERM');
      if (previousKey === undefined) delete process.env.WAYFARER_SECRET_KEY;
      else process.env.WAYFARER_SECRET_KEY = previousKey;
      await sink.close();
    }

    expect(sink.requests.map((request) => request.path)).toEqual(['/v2/bot/message/reply']);
    expect(api.accepted.size).toBe(0);
    expect(await messagesOf(database.db, audience.customerId)).toMatchObject([{ status: 'unknown', attempts: 1 }]);
    expect(await portsOf(database.db, run.input.enrollmentId)).toMatchObject({ send: 'sent' });
  }, 180_000);
});
