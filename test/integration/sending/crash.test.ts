import { randomBytes, randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretBox, type SecretBox } from '@wayfarer/channels';
import { loadRuntimeRegistry } from '@wayfarer/config';
import type { RuntimeRegistry } from '@wayfarer/nodes/runtime';
import { JOURNEY_WORKFLOW, type JourneyWorkflow } from '@wayfarer/workflows';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { bundleJourneyWorkflows, createDevServerEnv } from '../../support/temporal';
import { lineMessagingApi } from '../../support/line-messaging-api';
import { startHttpSink } from '../channels/http-sink';
import { killProcess, spawnWorkerProcess } from '../exactly-once/support';
import { lineApi, lineToken, smsAccount, smsApi } from './provider-apis';
import { createAudience, enrol, messagesOf, portsOf, publish, sendChain } from './support';

describe('a worker killed between the provider call and the status write', () => {
  let database: TestDatabase;
  let env: TestWorkflowEnvironment;
  let runtimes: RuntimeRegistry;
  let bundlePath: string;
  const key = randomBytes(32);
  const box: SecretBox = createSecretBox(key);

  beforeAll(async () => {
    [database, env, runtimes, { codePath: bundlePath }] = await Promise.all([
      createTestDatabase('sending_crash'),
      createDevServerEnv(),
      loadRuntimeRegistry(),
      bundleJourneyWorkflows(),
    ]);
  });
  afterAll(async () => {
    await env?.teardown();
    await database?.drop();
  });

  it('sends LINE exactly once (its retry key dedupes) and never repeats an SMS (marked unknown)', async () => {
    const line = lineApi((index) => (index === 0 ? 'hang' : undefined));
    const sms = smsApi((index) => index === 0);
    const [lineSink, smsSink] = await Promise.all([startHttpSink(line.reply), startHttpSink(sms.reply)]);
    const channels = [
      { channel: 'line' as const, channelAccessToken: lineToken, baseUrl: lineSink.url, timeoutMs: 100_000 },
      { channel: 'sms' as const, ...smsAccount, from: '+15005550006', baseUrl: smsSink.url, timeoutMs: 100_000 },
    ];
    const lineCustomer = await createAudience(database.db, box, { channels });
    const smsCustomer = await createAudience(database.db, box, {
      channels,
      identities: [{ kind: 'phone', value: '+886912345678' }],
    });
    const runs = await Promise.all(
      [
        { audience: lineCustomer, channel: 'line' },
        { audience: smsCustomer, channel: 'sms' },
      ].map(async ({ audience, channel }) => {
        const graph = sendChain([
          { id: 'send', config: { channel, name: 'Welcome', body: 'Welcome {{ customer.name }}' } },
        ]);
        return enrol(database.db, audience, await publish(database.db, runtimes.nodes, audience, graph));
      }),
    );

    const taskQueue = `send-crash-${randomUUID()}`;
    const previousKey = process.env.WAYFARER_SECRET_KEY;
    process.env.WAYFARER_SECRET_KEY = key.toString('base64');
    const spawn = () => spawnWorkerProcess({ databaseUrl: database.url, env, taskQueue, bundlePath });
    const first = spawn();
    const handles = await Promise.all(
      runs.map((run) =>
        env.client.workflow.start<JourneyWorkflow>(JOURNEY_WORKFLOW, {
          taskQueue,
          workflowId: run.workflowId,
          args: [run.input],
        }),
      ),
    );
    // Both providers have the message; their answers are held back, and the worker dies now.
    await Promise.all([lineSink.received(1), smsSink.received(1)]);
    await killProcess(first, 'SIGKILL');
    expect(await messagesOf(database.db, lineCustomer.customerId)).toMatchObject([{ status: 'sending' }]);
    expect(await messagesOf(database.db, smsCustomer.customerId)).toMatchObject([{ status: 'sending' }]);

    const second = spawn();
    try {
      // The activity is retried once its start-to-close timeout (1 minute) expires.
      const summaries = await Promise.all(handles.map((handle) => handle.result()));
      expect(summaries.map((summary) => summary.outcome)).toEqual(['completed', 'completed']);
    } finally {
      await killProcess(second, 'SIGTERM');
      if (previousKey === undefined) delete process.env.WAYFARER_SECRET_KEY;
      else process.env.WAYFARER_SECRET_KEY = previousKey;
      await Promise.all([lineSink.close(), smsSink.close()]);
    }

    expect(line.accepted.size).toBe(1);
    expect(lineSink.requests).toHaveLength(2);
    expect(await messagesOf(database.db, lineCustomer.customerId)).toMatchObject([{ status: 'sent', attempts: 2 }]);
    expect(sms.sent).toHaveLength(1);
    expect(await messagesOf(database.db, smsCustomer.customerId)).toMatchObject([{ status: 'unknown', attempts: 1 }]);
    const [lineRun, smsRun] = runs;
    expect(await portsOf(database.db, lineRun?.input.enrollmentId ?? '')).toMatchObject({ send: 'sent' });
    expect(await portsOf(database.db, smsRun?.input.enrollmentId ?? '')).toMatchObject({ send: 'sent' });
  }, 180_000);

  // A LINE reply has no retry key: killed while LINE holds it, the worker must not reply again or
  // push after it (the reply may have arrived); the message is recorded as `unknown`.
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
