// Messenger and WeChat sends through the real worker and delivery (time-skipping Temporal, Postgres),
// to local servers speaking the Graph API and the WeChat API paths: sent once, a 5xx retried without
// a second message, an ambiguous attempt recorded `unknown` and not repeated, the reply windows
// skipping with a reason (tags and templates exempt), and the WeChat token renewed on 40001.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { insertEvent } from '@wayfarer/db';
import { startHttpSink, type HttpSink, type Reply } from './http-sink';
import {
  messengerAppSecret,
  messengerGraphApi,
  messengerPageId,
  messengerPageToken,
  messengerVerifyToken,
} from '../../support/messenger-graph-api';
import { wechatApi, wechatAppId, wechatAppSecret, wechatCallbackToken } from '../../support/wechat-api';
import {
  createAudience,
  enrol,
  messagesOf,
  publish,
  runJourney,
  sendChain,
  startSendingHarness,
  type Audience,
  type SendingHarness,
} from '../sending/support';

const psid = '2871000000000001';
const openId = 'oWx_mei_000001';
const HOUR_MS = 3_600_000;

describe('Messenger and WeChat sending (time-skipping Temporal, Postgres, local provider APIs)', () => {
  let harness: SendingHarness;
  const sinks: HttpSink[] = [];

  beforeAll(async () => {
    harness = await startSendingHarness('chat_sending');
  });
  afterEach(async () => {
    await Promise.all(sinks.splice(0).map((sink) => sink.close()));
  });
  afterAll(async () => harness?.stop());

  async function messenger(fail?: (index: number) => Reply | undefined, timeoutMs = 10_000) {
    const api = messengerGraphApi(fail);
    const sink = await startHttpSink(api.reply);
    sinks.push(sink);
    const config = {
      channel: 'messenger' as const,
      pageId: messengerPageId,
      pageAccessToken: messengerPageToken,
      appSecret: messengerAppSecret,
      verifyToken: messengerVerifyToken,
      baseUrl: sink.url,
      timeoutMs,
    };
    return { api, sink, config };
  }

  async function wechat(fail?: (path: string, index: number) => Reply | undefined) {
    const api = wechatApi(fail);
    const sink = await startHttpSink(api.reply);
    sinks.push(sink);
    const config = {
      channel: 'wechat' as const,
      appId: wechatAppId,
      appSecret: wechatAppSecret,
      token: wechatCallbackToken,
      baseUrl: sink.url,
    };
    return { api, sink, config };
  }

  /** The customer wrote to the business `hoursAgo` hours ago (the event the webhook would store). */
  async function wroteAgo(audience: Audience, name: string, hoursAgo: number) {
    await insertEvent(harness.database.db, {
      workspaceId: audience.workspaceId,
      customerId: audience.customerId,
      messageId: `${name}-${Math.random()}`,
      kind: 'track',
      name,
      properties: {},
      timestamp: new Date(Date.now() - hoursAgo * HOUR_MS),
    });
  }

  async function run(audience: Audience, sends: Parameters<typeof sendChain>[0]) {
    const { database, runtimes, env, taskQueue } = harness;
    const journey = await publish(database.db, runtimes.nodes, audience, sendChain(sends));
    return runJourney(env, taskQueue, await enrol(database.db, audience, journey));
  }

  it('sends a Messenger message with quick replies inside the 24-hour window', async () => {
    const { api, config } = await messenger();
    const audience = await createAudience(harness.database.db, harness.box, {
      channels: [config],
      identities: [{ kind: 'messenger', value: psid }],
    });
    await wroteAgo(audience, 'messenger_message', 2);
    const quickReplies = [{ type: 'postback', label: 'Coupon', data: 'action=coupon' }];
    await run(audience, [
      { id: 'hi', config: { channel: 'messenger', name: 'Hi', body: 'Hi {{ customer.name }}', quickReplies } },
    ]);
    expect(api.delivered).toEqual([
      {
        recipient: { id: psid },
        messaging_type: 'UPDATE',
        message: {
          text: 'Hi Mei',
          quick_replies: [{ content_type: 'text', title: 'Coupon', payload: 'action=coupon' }],
        },
      },
    ]);
    expect(await messagesOf(harness.database.db, audience.customerId)).toMatchObject([
      { channel: 'messenger', status: 'sent', providerMessageId: 'm_1', address: psid, body: 'Hi Mei' },
    ]);
  });

  it('retries a 5xx and a 429, and the customer gets one message', async () => {
    const failures: Reply[] = [
      { status: 503, body: { error: { code: 2, message: 'Service temporarily unavailable' } } },
      { status: 429 },
    ];
    const { api, sink, config } = await messenger((index) => failures[index]);
    const audience = await createAudience(harness.database.db, harness.box, {
      channels: [config],
      identities: [{ kind: 'messenger', value: psid }],
    });
    await wroteAgo(audience, 'messenger_postback', 1);
    await run(audience, [{ id: 'hi', config: { channel: 'messenger', name: 'Hi', body: 'Once only' } }]);
    expect(sink.requests).toHaveLength(3);
    expect(api.delivered).toHaveLength(1);
    expect(await messagesOf(harness.database.db, audience.customerId)).toMatchObject([
      { status: 'sent', attempts: 3, providerMessageId: 'm_1' },
    ]);
  });

  it('records an attempt whose answer never came as unknown and does not repeat it', async () => {
    const { api, sink, config } = await messenger(() => 'hang', 500);
    const audience = await createAudience(harness.database.db, harness.box, {
      channels: [config],
      identities: [{ kind: 'messenger', value: psid }],
    });
    await wroteAgo(audience, 'messenger_message', 1);
    const summary = await run(audience, [{ id: 'hi', config: { channel: 'messenger', name: 'Hi', body: 'Maybe' } }]);
    expect(summary).toMatchObject({ outcome: 'completed' });
    expect(sink.requests).toHaveLength(1);
    expect(api.delivered).toHaveLength(1);
    expect(await messagesOf(harness.database.db, audience.customerId)).toMatchObject([
      { status: 'unknown', reason: 'unknown_outcome', detail: 'maybe_delivered_timeout', attempts: 1 },
    ]);
  });

  it('skips an untagged Messenger message outside the 24-hour window, and sends a tagged one', async () => {
    const { api, config } = await messenger();
    const audience = await createAudience(harness.database.db, harness.box, {
      channels: [config],
      identities: [{ kind: 'messenger', value: psid }],
    });
    await wroteAgo(audience, 'messenger_message', 25);
    await run(audience, [
      { id: 'promo', config: { channel: 'messenger', name: 'Promo', body: 'Sale!' } },
      {
        id: 'receipt',
        config: {
          channel: 'messenger',
          name: 'Receipt',
          body: 'Your order shipped',
          messageTag: 'POST_PURCHASE_UPDATE',
        },
      },
    ]);
    expect(await messagesOf(harness.database.db, audience.customerId)).toMatchObject([
      { stepId: 'promo', status: 'skipped', reason: 'outside_window' },
      { stepId: 'receipt', status: 'sent' },
    ]);
    expect(api.delivered).toEqual([
      {
        recipient: { id: psid },
        messaging_type: 'MESSAGE_TAG',
        tag: 'POST_PURCHASE_UPDATE',
        message: { text: 'Your order shipped' },
      },
    ]);
  });

  it('sends WeChat customer-service and template messages with one cached token, renewed on 40001', async () => {
    const { api, config } = await wechat();
    const audience = await createAudience(harness.database.db, harness.box, {
      channels: [config],
      identities: [{ kind: 'wechat', value: openId }],
    });
    await wroteAgo(audience, 'wechat_message', 3);
    await run(audience, [
      { id: 'text', config: { channel: 'wechat', name: 'Text', body: '你好 {{ customer.name }}' } },
      {
        id: 'template',
        config: {
          channel: 'wechat',
          name: 'Order',
          body: 'first: 訂單已出貨\nkeyword1: A-1001',
          templateId: 'TPL_ship',
        },
      },
    ]);
    expect(api.tokenRequests).toHaveLength(1);
    api.revokeToken();
    await run(audience, [{ id: 'again', config: { channel: 'wechat', name: 'Again', body: '再見' } }]);
    expect(api.tokenRequests).toHaveLength(2);
    expect(api.delivered).toEqual([
      {
        path: '/cgi-bin/message/custom/send',
        body: { touser: openId, msgtype: 'text', text: { content: '你好 Mei' } },
      },
      {
        path: '/cgi-bin/message/template/send',
        body: {
          touser: openId,
          template_id: 'TPL_ship',
          data: { first: { value: '訂單已出貨' }, keyword1: { value: 'A-1001' } },
        },
      },
      { path: '/cgi-bin/message/custom/send', body: { touser: openId, msgtype: 'text', text: { content: '再見' } } },
    ]);
    const rows = await messagesOf(harness.database.db, audience.customerId);
    expect(rows.map((row) => [row.stepId, row.status, row.attempts])).toEqual([
      ['text', 'sent', 1],
      ['template', 'sent', 1],
      ['again', 'sent', 1],
    ]);
    expect(rows[1]?.providerMessageId).toBe('200002');
  });

  it('skips a WeChat text outside 48 hours but sends a template, retrying WeChat’s busy answer (-1)', async () => {
    const busy: Reply = { status: 200, body: { errcode: -1, errmsg: 'system error' } };
    const { api, sink, config } = await wechat((_path, index) => (index === 1 ? busy : undefined));
    const audience = await createAudience(harness.database.db, harness.box, {
      channels: [config],
      identities: [{ kind: 'wechat', value: openId }],
    });
    await wroteAgo(audience, 'wechat_subscribed', 49);
    await run(audience, [
      { id: 'late', config: { channel: 'wechat', name: 'Late', body: '還在嗎？' } },
      {
        id: 'notice',
        config: { channel: 'wechat', name: 'Notice', body: 'first: 會員到期提醒', templateId: 'TPL_exp' },
      },
    ]);
    expect(await messagesOf(harness.database.db, audience.customerId)).toMatchObject([
      { stepId: 'late', status: 'skipped', reason: 'outside_window' },
      { stepId: 'notice', status: 'sent', attempts: 2 },
    ]);
    expect(api.delivered.map((delivery) => delivery.path)).toEqual(['/cgi-bin/message/template/send']);
    expect(sink.requests.map((request) => new URL(request.path, sink.url).pathname)).toEqual([
      '/cgi-bin/token',
      '/cgi-bin/message/template/send',
      '/cgi-bin/message/template/send',
    ]);
  });
});
