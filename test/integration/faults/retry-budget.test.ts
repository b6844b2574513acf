// A webhook send to an endpoint that refuses connections is retried within the delivery budget
// (8 attempts or one hour), then ends `failed` with its reason; the step follows `failed` and the
// enrollment ends. Real worker, Postgres and webhook adapter; time-skipping Temporal, so the
// activity's backoff between attempts takes no wall time.
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRuntimeRegistry } from '@wayfarer/config';
import type { RuntimeRegistry } from '@wayfarer/nodes/runtime';
import { startJourneyWorker } from '@wayfarer/worker';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { bundleJourneyWorkflows, createTimeSkippingEnv } from '../../support/temporal';
import { closedPort } from '../channels/http-sink';
import {
  createAudience,
  enrol,
  messagesOf,
  portsOf,
  publish,
  runJourney,
  sendChain,
  sendingFor,
} from '../sending/support';

describe('a webhook to a closed port', () => {
  let database: TestDatabase;
  let env: TestWorkflowEnvironment;
  let runtimes: RuntimeRegistry;
  let sending: ReturnType<typeof sendingFor>;
  let worker: { stop(): Promise<void> };
  const taskQueue = `retry-budget-${randomUUID()}`;

  beforeAll(async () => {
    let bundle: { codePath: string };
    [database, env, runtimes, bundle] = await Promise.all([
      createTestDatabase('retry_budget'),
      createTimeSkippingEnv(),
      loadRuntimeRegistry(),
      bundleJourneyWorkflows(),
    ]);
    sending = sendingFor(database.url);
    worker = await startJourneyWorker({
      db: database.db,
      connection: env.nativeConnection,
      namespace: 'default',
      taskQueue,
      runtimes,
      workflowBundle: bundle,
      send: sending.send,
    });
  });
  afterAll(async () => {
    await worker?.stop();
    await sending?.close();
    await env?.teardown();
    await database?.drop();
  });

  it('ends failed after its retry budget, and the enrollment ends', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/hook`;
    const audience = await createAudience(database.db, sending.box, {
      channels: [{ channel: 'webhook', url, signingSecret: 's'.repeat(32), timeoutMs: 2_000 }],
    });
    const graph = sendChain([
      {
        id: 'notify',
        config: { channel: 'webhook', name: 'Notify', body: '{"who":"{{ customer.name }}"}' },
        port: 'failed',
      },
      { id: 'fallback', config: { channel: 'outbox', name: 'Fallback', body: 'Hi {{ customer.name }}' } },
    ]);
    const run = await enrol(database.db, audience, await publish(database.db, runtimes.nodes, audience, graph));

    const summary = await runJourney(env, taskQueue, run);

    expect(summary).toMatchObject({ outcome: 'completed', path: ['trigger', 'notify', 'fallback', 'end'] });
    const [webhook, fallback] = await messagesOf(database.db, audience.customerId);
    expect(webhook).toMatchObject({ stepId: 'notify', channel: 'webhook', status: 'failed', attempts: 8 });
    expect(webhook?.reason).toMatch(/^(network_error|unreachable)$/);
    expect(fallback).toMatchObject({ stepId: 'fallback', status: 'queued' });
    const detail = await database.db
      .selectFrom('messages')
      .select('detail')
      .where('stepId', '=', 'notify')
      .where('customerId', '=', audience.customerId)
      .executeTakeFirstOrThrow();
    expect(detail.detail).toMatch(/gave up after 8 attempts in \d+ s \(retry budget spent\)$/);
    expect(await portsOf(database.db, run.input.enrollmentId)).toMatchObject({ notify: 'failed', fallback: 'sent' });
    const enrollment = await database.db
      .selectFrom('enrollments')
      .select(['status'])
      .where('id', '=', run.input.enrollmentId)
      .executeTakeFirstOrThrow();
    expect(enrollment.status).toBe('completed');
  });
});
