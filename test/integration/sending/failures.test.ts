// Nothing silent: a message that cannot be written or sent for one customer is recorded with its
// reason, counts as an error on its step, and the customer carries on along the main path unless
// the journey branches on the failure.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bindIdentities, loadStepCounts, loadStepOutcomes, upsertCustomer } from '@wayfarer/db';
import { startHttpSink, type HttpSink } from '../channels/http-sink';
import { lineApi, lineToken } from './provider-apis';
import {
  createAudience,
  enrol,
  messagesOf,
  portsOf,
  publish,
  runJourney,
  sendChain,
  startSendingHarness,
  type SendingHarness,
} from './support';

describe('failed and skipped sends (time-skipping Temporal, Postgres, a local LINE API)', () => {
  let harness: SendingHarness;
  const sinks: HttpSink[] = [];

  beforeAll(async () => {
    harness = await startSendingHarness('send_failures');
  });
  afterEach(async () => {
    await Promise.all(sinks.splice(0).map((sink) => sink.close()));
  });
  afterAll(async () => harness?.stop());

  async function lineChannel() {
    const api = lineApi();
    const sink = await startHttpSink(api.reply);
    sinks.push(sink);
    return { sink, config: { channel: 'line' as const, channelAccessToken: lineToken, baseUrl: sink.url } };
  }

  it('records a message it cannot write as failed with the missing variable, counts the error, and carries on', async () => {
    const { database, runtimes, env, taskQueue, box } = harness;
    const line = await lineChannel();
    const audience = await createAudience(database.db, box, { channels: [line.config] });
    const journey = await publish(
      database.db,
      runtimes.nodes,
      audience,
      sendChain([
        { id: 'greet', config: { channel: 'line', name: 'Greeting', body: 'Hi {{ customer.nickname }}' } },
        { id: 'follow-up', config: { channel: 'line', name: 'Follow-up', body: 'Hi {{ customer.name }}' } },
      ]),
    );
    const run = await enrol(database.db, audience, journey);
    const summary = await runJourney(env, taskQueue, run);

    expect(summary).toMatchObject({ outcome: 'completed', path: ['trigger', 'greet', 'follow-up', 'end'] });
    expect(await messagesOf(database.db, audience.customerId)).toMatchObject([
      {
        stepId: 'greet',
        channel: 'line',
        status: 'failed',
        reason: 'template_error',
        detail: expect.stringContaining('customer.nickname'),
      },
      { stepId: 'follow-up', status: 'sent', body: 'Hi Mei' },
    ]);
    expect(line.sink.requests).toHaveLength(1);
    expect(await portsOf(database.db, run.input.enrollmentId)).toMatchObject({ greet: 'failed', 'follow-up': 'sent' });
    const counts = await loadStepCounts(
      database.db,
      { workspaceId: audience.workspaceId, journeyId: journey.journeyId, versionId: journey.versionId },
      {},
    );
    expect(counts.get('greet')).toMatchObject({ entered: 1, errors: 1, left: { failed: 1 } });
    expect(counts.get('follow-up')).toMatchObject({ entered: 1, errors: 0, left: { sent: 1 } });
  });

  it('carries a skipped customer on along the main path, recorded with the reason', async () => {
    const { database, runtimes, env, taskQueue, box } = harness;
    const line = await lineChannel();
    // No LINE identity: the LINE message is skipped for want of an address.
    const audience = await createAudience(database.db, box, {
      channels: [line.config],
      identities: [{ kind: 'email', value: 'mei@customer.example' }],
    });
    const journey = await publish(
      database.db,
      runtimes.nodes,
      audience,
      sendChain([
        { id: 'line', config: { channel: 'line', name: 'LINE', body: 'Hi' } },
        { id: 'mailbox', config: { channel: 'outbox', name: 'Mailbox', body: 'Hi {{ customer.name }}' } },
      ]),
    );
    const run = await enrol(database.db, audience, journey);
    expect(await runJourney(env, taskQueue, run)).toMatchObject({
      outcome: 'completed',
      path: ['trigger', 'line', 'mailbox', 'end'],
    });
    expect(await messagesOf(database.db, audience.customerId)).toMatchObject([
      { stepId: 'line', status: 'skipped', reason: 'no_address' },
      { stepId: 'mailbox', status: 'queued' },
    ]);
    expect(await portsOf(database.db, run.input.enrollmentId)).toMatchObject({ line: 'skipped', mailbox: 'sent' });
  });

  it('counts each step’s messages by outcome and reason, as many as the rows that produced them', async () => {
    const { database, runtimes, env, taskQueue, box } = harness;
    const { db } = database;
    const line = await lineChannel();
    const mei = await createAudience(db, box, { channels: [line.config] });
    const customer = async (
      externalId: string,
      traits: Record<string, unknown>,
      identity: { kind: 'line' | 'email'; value: string },
    ) => {
      const stored = await upsertCustomer(db, { workspaceId: mei.workspaceId, externalId, traits });
      await bindIdentities(db, mei.workspaceId, stored.id, [identity]);
      return { workspaceId: mei.workspaceId, customerId: stored.id };
    };
    // Ken has no LINE friend to send to; Ann has no name for the message to print.
    const ken = await customer('ken', { name: 'Ken' }, { kind: 'email', value: 'ken@customer.example' });
    const ann = await customer('ann', {}, { kind: 'line', value: `U${'5b04'.repeat(8)}` });
    const journey = await publish(
      db,
      runtimes.nodes,
      mei,
      sendChain([{ id: 'greet', config: { channel: 'line', name: 'Greeting', body: 'Hi {{ customer.name }}' } }]),
    );
    for (const audience of [mei, ken, ann]) {
      expect(await runJourney(env, taskQueue, await enrol(db, audience, journey))).toMatchObject({
        outcome: 'completed',
      });
    }

    const scope = { workspaceId: mei.workspaceId, journeyId: journey.journeyId, versionId: journey.versionId };
    const outcomes = await loadStepOutcomes(db, scope, {});
    expect(outcomes.get('greet')).toEqual([
      { outcome: 'sent', reason: null, count: 1 },
      { outcome: 'skipped', reason: 'no_address', count: 1 },
      { outcome: 'failed', reason: 'template_error', count: 1 },
    ]);
    const rows = (await Promise.all([mei, ken, ann].map(({ customerId }) => messagesOf(db, customerId)))).flat();
    expect(rows.map(({ status, reason }) => [status, status === 'sent' ? null : reason])).toEqual([
      ['sent', null],
      ['skipped', 'no_address'],
      ['failed', 'template_error'],
    ]);
    expect((await loadStepCounts(db, scope, {})).get('greet')).toMatchObject({
      entered: 3,
      errors: 1,
      left: { sent: 1, skipped: 1, failed: 1 },
    });
  });

  it('branches instead where the failed port is connected', async () => {
    const { database, runtimes, env, taskQueue, box } = harness;
    const audience = await createAudience(database.db, box, { channels: [] });
    const journey = await publish(
      database.db,
      runtimes.nodes,
      audience,
      sendChain([
        {
          id: 'greet',
          config: { channel: 'outbox', name: 'Greeting', body: 'Hi {{ customer.nickname }}' },
          port: 'failed',
        },
        { id: 'fallback', config: { channel: 'outbox', name: 'Fallback', body: 'Hi there' } },
      ]),
    );
    const run = await enrol(database.db, audience, journey);
    expect(await runJourney(env, taskQueue, run)).toMatchObject({ path: ['trigger', 'greet', 'fallback', 'end'] });
    const sentOnly = sendChain([{ id: 'greet', config: { channel: 'outbox', name: 'Greeting', body: 'Hi' } }]);
    const plain = await publish(database.db, runtimes.nodes, audience, sentOnly);
    expect(await runJourney(env, taskQueue, await enrol(database.db, audience, plain))).toMatchObject({
      path: ['trigger', 'greet', 'end'],
    });
  });
});
