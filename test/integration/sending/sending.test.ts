import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { verifyUnsubscribeUrl, type SecretBox } from '@wayfarer/channels';
import { loadChannelTotals, loadStepOutcomes, setChannelConsent } from '@wayfarer/db';
import type { RuntimeRegistry } from '@wayfarer/nodes/runtime';
import type { TestDatabase } from '../../support/postgres';
import { startHttpSink, type HttpSink } from '../channels/http-sink';
import { startSmtp } from './smtp';
import { lineApi, lineToken, smsAccount, smsApi } from './provider-apis';
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

const lineSend = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  config: { channel: 'line', name: `LINE ${id}`, body: 'Hi {{ customer.name }}', ...extra },
});

describe('sending on a time-skipping Temporal server, Postgres and local provider APIs', () => {
  let harness: SendingHarness;
  let database: TestDatabase;
  let env: TestWorkflowEnvironment;
  let runtimes: RuntimeRegistry;
  let box: SecretBox;
  let linkKey: Buffer;
  let taskQueue: string;
  const sinks: HttpSink[] = [];

  beforeAll(async () => {
    harness = await startSendingHarness('sending');
    ({ database, env, runtimes, box, linkKey, taskQueue } = harness);
  });
  afterEach(async () => {
    await Promise.all(sinks.splice(0).map((sink) => sink.close()));
  });
  afterAll(async () => {
    await harness?.stop();
  });

  async function lineSink(api = lineApi()) {
    const sink = await startHttpSink(api.reply);
    sinks.push(sink);
    return {
      sink,
      api,
      config: { channel: 'line' as const, channelAccessToken: lineToken, baseUrl: sink.url, timeoutMs: 5000 },
    };
  }

  async function smsSink() {
    const api = smsApi();
    const sink = await startHttpSink(api.reply);
    sinks.push(sink);
    return {
      sink,
      api,
      config: { channel: 'sms' as const, ...smsAccount, from: '+15005550006', baseUrl: sink.url, timeoutMs: 5000 },
    };
  }

  it('skips a customer who unfollowed on LINE and records why', async () => {
    const line = await lineSink();
    const audience = await createAudience(database.db, box, { channels: [line.config] });
    await setChannelConsent(database.db, {
      ...audience,
      channel: 'line',
      status: 'unsubscribed',
      source: 'line_webhook',
    });
    const journey = await publish(database.db, runtimes.nodes, audience, sendChain([lineSend('hello')]));
    const run = await enrol(database.db, audience, journey);
    expect((await runJourney(env, taskQueue, run)).outcome).toBe('completed');
    expect(line.sink.requests).toEqual([]);
    expect(await messagesOf(database.db, audience.customerId)).toMatchObject([
      { status: 'skipped', reason: 'unsubscribed', channel: 'line' },
    ]);
    expect(await portsOf(database.db, run.input.enrollmentId)).toMatchObject({ hello: 'skipped' });
  });

  it("defers a send in the customer's quiet hours across the night and sends at 09:00 local", async () => {
    // A zone where it is 23:xx now, so the default 21:00–09:00 quiet hours hold the message ~10 h.
    const offset = (23 - new Date().getUTCHours() + 24) % 24;
    const hours = offset > 14 ? offset - 24 : offset;
    const timezone = hours === 0 ? 'Etc/GMT' : `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
    const line = await lineSink();
    const audience = await createAudience(database.db, box, {
      channels: [line.config],
      timezone,
      settings: { quietHours: { start: '21:00', end: '09:00' } },
    });
    const journey = await publish(database.db, runtimes.nodes, audience, sendChain([lineSend('goodnight')]));
    const run = await enrol(database.db, audience, journey);
    expect((await runJourney(env, taskQueue, run)).outcome).toBe('completed');
    expect(line.api.accepted.size).toBe(1);
    expect(await messagesOf(database.db, audience.customerId)).toMatchObject([{ status: 'sent', attempts: 1 }]);
    const left = await database.db
      .selectFrom('stepEvents')
      .select('at')
      .where('enrollmentId', '=', run.input.enrollmentId)
      .where('stepId', '=', 'goodnight')
      .where('kind', '=', 'left')
      .executeTakeFirstOrThrow();
    const local = new Intl.DateTimeFormat('en-GB', { timeZone: timezone, hour: '2-digit', minute: '2-digit' }).format(
      left.at,
    );
    expect(local).toBe('09:00');

    // Insight counts the send as deferred by the quiet hours (and as sent where it ended), as many
    // as the rows that produced them: one deferral row, one message row.
    const scope = { workspaceId: audience.workspaceId, journeyId: journey.journeyId, versionId: journey.versionId };
    expect((await loadStepOutcomes(database.db, scope, {})).get('goodnight')).toEqual([
      { outcome: 'sent', reason: null, count: 1 },
      { outcome: 'deferred', reason: 'quiet_hours', count: 1 },
    ]);
    const deferrals = await database.db
      .selectFrom('sendDeferrals')
      .select(['stepId', 'reason', 'until'])
      .where('enrollmentId', '=', run.input.enrollmentId)
      .execute();
    expect(deferrals.map(({ stepId, reason }) => [stepId, reason])).toEqual([['goodnight', 'quiet_hours']]);
    expect(Math.abs(deferrals[0]!.until.getTime() - left.at.getTime())).toBeLessThan(60_000);
    expect(await loadChannelTotals(database.db, scope, {})).toEqual([
      { channel: 'line', sent: 1, skipped: 0, deferred: 1, failed: 0 },
    ]);
  });

  it('caps messages per customer per channel per window', async () => {
    const line = await lineSink();
    const audience = await createAudience(database.db, box, {
      channels: [line.config],
      settings: { frequencyCap: { limit: 1, windowHours: 24 } },
    });
    const journey = await publish(
      database.db,
      runtimes.nodes,
      audience,
      sendChain([lineSend('first'), lineSend('second')]),
    );
    const run = await enrol(database.db, audience, journey);
    await runJourney(env, taskQueue, run);
    expect(line.api.accepted.size).toBe(1);
    expect(await messagesOf(database.db, audience.customerId)).toMatchObject([
      { stepId: 'first', status: 'sent' },
      { stepId: 'second', status: 'skipped', reason: 'frequency_capped' },
    ]);
  });

  it('smart sending skips the same template to the same customer within its hours', async () => {
    const line = await lineSink();
    const audience = await createAudience(database.db, box, {
      channels: [line.config],
      settings: { frequencyCap: null },
    });
    const journey = await publish(
      database.db,
      runtimes.nodes,
      audience,
      sendChain([lineSend('promo', { smartSendingHours: 24 })]),
    );
    await runJourney(env, taskQueue, await enrol(database.db, audience, journey));
    const again = await enrol(database.db, audience, journey);
    await runJourney(env, taskQueue, again);
    expect(line.api.accepted.size).toBe(1);
    expect(await messagesOf(database.db, audience.customerId)).toMatchObject([
      { status: 'sent' },
      { status: 'skipped', reason: 'smart_sending' },
    ]);
    expect(await portsOf(database.db, again.input.enrollmentId)).toMatchObject({ promo: 'skipped' });
  });

  it('falls back from a skipped LINE message to an SMS in the customer locale', async () => {
    const [line, sms] = [await lineSink(), await smsSink()];
    const audience = await createAudience(database.db, box, {
      channels: [line.config, sms.config],
      identities: [{ kind: 'phone', value: '+886912345678' }],
    });
    const smsSend = {
      id: 'text',
      config: {
        channel: 'sms',
        name: 'SMS',
        body: 'Hi {{ customer.name }}',
        variants: { 'zh-TW': { body: '{{ customer.name }}，您好' } },
      },
    };
    const journey = await publish(
      database.db,
      runtimes.nodes,
      audience,
      sendChain([{ ...lineSend('line'), port: 'skipped' }, smsSend]),
    );
    const run = await enrol(database.db, audience, journey);
    await runJourney(env, taskQueue, run);
    expect(line.sink.requests).toEqual([]);
    expect(sms.api.sent).toEqual([{ To: '+886912345678', From: '+15005550006', Body: 'Mei，您好' }]);
    expect(await messagesOf(database.db, audience.customerId)).toMatchObject([
      { channel: 'line', status: 'skipped', reason: 'no_address' },
      {
        channel: 'sms',
        status: 'sent',
        locale: 'zh-TW',
        address: '+886912345678',
        providerMessageId: `SM${'1'.padStart(32, '0')}`,
      },
    ]);
    expect(await portsOf(database.db, run.input.enrollmentId)).toMatchObject({ line: 'skipped', text: 'sent' });
  });

  it('retries a 503 from LINE and then sends once with the same retry key', async () => {
    const line = await lineSink(
      lineApi((index) => (index === 0 ? { status: 503, body: { message: 'busy' } } : undefined)),
    );
    const audience = await createAudience(database.db, box, { channels: [line.config] });
    const journey = await publish(database.db, runtimes.nodes, audience, sendChain([lineSend('hello')]));
    const run = await enrol(database.db, audience, journey);
    await runJourney(env, taskQueue, run);
    expect(line.sink.requests).toHaveLength(2);
    expect(line.api.accepted.size).toBe(1);
    const keys = new Set(line.sink.requests.map((request) => request.headers['x-line-retry-key']));
    expect(keys.size).toBe(1);
    expect(await messagesOf(database.db, audience.customerId)).toMatchObject([
      { status: 'sent', attempts: 2, providerMessageId: 'line-1' },
    ]);
    expect(await portsOf(database.db, run.input.enrollmentId)).toMatchObject({ hello: 'sent' });
  });

  it('emails HTML and text in the customer locale with a signed one-click unsubscribe link', async () => {
    const smtp = await startSmtp();
    try {
      const email = {
        channel: 'email' as const,
        host: '127.0.0.1',
        port: smtp.port,
        security: 'none' as const,
        from: 'Shop <news@shop.example>',
        timeoutMs: 5000,
      };
      const audience = await createAudience(database.db, box, {
        channels: [email],
        identities: [{ kind: 'email', value: 'mei@customer.example' }],
        locale: 'zh-CN',
      });
      const config = {
        channel: 'email',
        name: 'Points',
        subject: 'You have {{ customer.points }} points',
        body: 'Hi {{ customer.name }}',
        html: '<p>Hi <b>{{ customer.name }}</b></p>',
        variants: { 'zh-CN': { subject: '{{ customer.name }}，您有 {{ customer.points }} 积分' } },
      };
      const run = await enrol(
        database.db,
        audience,
        await publish(database.db, runtimes.nodes, audience, sendChain([{ id: 'mail', config }])),
      );
      await runJourney(env, taskQueue, run);
      const [mail] = smtp.received;
      expect(smtp.received).toHaveLength(1);
      expect(mail?.subject).toBe('Mei，您有 0 积分');
      expect(mail?.text?.trim()).toBe('Hi Mei');
      expect(mail?.html).toContain('<p>Hi <b>Mei</b></p>');
      const line = (name: string) => mail?.headerLines.find((header) => header.key === name)?.line ?? '';
      expect(line('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
      const link = /<([^>]+)>/.exec(line('list-unsubscribe'))?.[1] ?? '';
      expect(verifyUnsubscribeUrl(linkKey, new URL(link))).toEqual({
        workspaceId: audience.workspaceId,
        customerId: audience.customerId,
        channel: 'email',
      });
      expect(await messagesOf(database.db, audience.customerId)).toMatchObject([
        { status: 'sent', address: 'mei@customer.example', locale: 'zh-CN' },
      ]);
    } finally {
      await smtp.close();
    }
  });

  it('does not retry a 400 and follows the failed port', async () => {
    const line = await lineSink(lineApi(() => ({ status: 400, body: { message: 'The request body has 1 error(s)' } })));
    const audience = await createAudience(database.db, box, { channels: [line.config] });
    const graph = sendChain([{ ...lineSend('hello'), port: 'failed' }, lineSend('apology')]);
    const journey = await publish(database.db, runtimes.nodes, audience, graph);
    const run = await enrol(database.db, audience, journey);
    await runJourney(env, taskQueue, run);
    // One call for the failed message, one for the step its failed port leads to (also refused).
    expect(line.sink.requests).toHaveLength(2);
    expect(await messagesOf(database.db, audience.customerId)).toMatchObject([
      { stepId: 'hello', status: 'failed', reason: 'rejected', attempts: 1 },
      { stepId: 'apology', status: 'failed', reason: 'rejected', attempts: 1 },
    ]);
    expect(await portsOf(database.db, run.input.enrollmentId)).toMatchObject({ hello: 'failed' });
  });
});
