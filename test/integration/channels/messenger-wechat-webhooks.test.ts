// Messenger's Page webhook and WeChat's callback through the real server, worker and Temporal dev
// server: a customer's message starts a journey that answers on the channel, and a signed Messenger
// postback (a WeChat text) continues the journey waiting for it. URL verification answers as each
// provider expects; a bad signature is refused with nothing stored or sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealChannelConfig, signMessengerBody, wechatSignature } from '@wayfarer/channels';
import { saveChannelCredentials, saveMessagingSettings } from '@wayfarer/db';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { startHttpSink, type HttpSink } from './http-sink';
import { eventually } from '../../support/eventually';
import {
  messengerAppSecret,
  messengerGraphApi,
  messengerPageId,
  messengerPageToken,
  messengerVerifyToken,
} from '../../support/messenger-graph-api';
import { wechatApi, wechatAppId, wechatAppSecret, wechatCallbackToken } from '../../support/wechat-api';
import { apiClient, createWorkspaceWithKey, startStack, type Stack } from '../../support/stack';

/** trigger on `entry` → send the question → wait for `answer` → send the reply → end. */
function askAndWait(
  entry: string,
  question: Record<string, unknown>,
  answer: { event: string; where: unknown[] },
  reply: Record<string, unknown>,
): JourneyGraphInput {
  return {
    nodes: [
      { id: 'trigger', type: 'core.trigger.event', data: { config: { event: entry } } },
      { id: 'ask', type: 'core.send', data: { config: question } },
      {
        id: 'wait',
        type: 'core.wait',
        data: { config: { mode: 'event', ...answer, timeout: { amount: 1, unit: 'days' } } },
      },
      { id: 'reply', type: 'core.send', data: { config: reply } },
      { id: 'done', type: 'core.end' },
      { id: 'gave-up', type: 'core.end' },
    ],
    edges: [
      { id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'ask' },
      { id: 'e2', source: 'ask', sourceHandle: 'sent', target: 'wait' },
      { id: 'e3', source: 'wait', sourceHandle: 'event', target: 'reply' },
      { id: 'e4', source: 'wait', sourceHandle: 'timeout', target: 'gave-up' },
      { id: 'e5', source: 'reply', sourceHandle: 'sent', target: 'done' },
    ],
  };
}

describe('Messenger and WeChat webhooks continue journeys (server, worker, Temporal dev server)', () => {
  let stack: Stack;
  const graph = messengerGraphApi();
  const wechat = wechatApi();
  let graphSink: HttpSink;
  let wechatSink: HttpSink;
  let workspaceId: string;

  beforeAll(async () => {
    stack = await startStack('chat_webhooks', { sendTo: ['127.0.0.1'] });
    graphSink = await startHttpSink(graph.reply);
    wechatSink = await startHttpSink(wechat.reply);
    const created = await createWorkspaceWithKey(stack, 'Chat shop');
    workspaceId = created.workspaceId;
    const { db } = stack.database;
    const configs = [
      {
        channel: 'messenger' as const,
        pageId: messengerPageId,
        pageAccessToken: messengerPageToken,
        appSecret: messengerAppSecret,
        verifyToken: messengerVerifyToken,
        baseUrl: graphSink.url,
      },
      {
        channel: 'wechat' as const,
        appId: wechatAppId,
        appSecret: wechatAppSecret,
        token: wechatCallbackToken,
        baseUrl: wechatSink.url,
      },
    ];
    for (const config of configs) {
      const sealedConfig = sealChannelConfig(stack.secretBox, workspaceId, config);
      await saveChannelCredentials(db, { workspaceId, channel: config.channel, sealedConfig });
    }
    await saveMessagingSettings(db, workspaceId, { quietHours: null, frequencyCap: null });
    const client = apiClient(stack, created.key);
    const journeys = [
      askAndWait(
        'messenger_message',
        {
          channel: 'messenger',
          name: 'Coupon offer',
          body: 'Want a coupon?',
          quickReplies: [{ type: 'postback', label: 'Yes please', data: 'action=coupon' }],
        },
        { event: 'messenger_postback', where: [{ path: 'fields.action', op: 'eq', value: 'coupon' }] },
        { channel: 'messenger', name: 'Coupon', body: 'Code SAVE7' },
      ),
      askAndWait(
        'wechat_subscribed',
        { channel: 'wechat', name: 'Welcome', body: '歡迎！回覆 1 領取優惠' },
        { event: 'wechat_message', where: [{ path: 'text', op: 'eq', value: '1' }] },
        { channel: 'wechat', name: 'Coupon code', body: '優惠碼 SAVE7' },
      ),
    ];
    for (const [index, journey] of journeys.entries()) {
      const created = await client.journeys.create.mutate({ name: `Chat ${index}`, graph: journey });
      await client.journeys.publish.mutate({ journeyId: created.id });
    }
  }, 180_000);
  afterAll(async () => {
    await graphSink?.close();
    await wechatSink?.close();
    await stack?.close();
  });

  const messengerUrl = () => `/v1/webhooks/messenger/${workspaceId}`;
  const wechatUrl = () => `/v1/webhooks/wechat/${workspaceId}`;

  function postToMessenger(messaging: unknown[], secret = messengerAppSecret) {
    const body = JSON.stringify({ object: 'page', entry: [{ id: messengerPageId, time: Date.now(), messaging }] });
    return stack.server.app.inject({
      method: 'POST',
      url: messengerUrl(),
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signMessengerBody(body, secret) },
      payload: body,
    });
  }

  function postToWechat(xml: string, token = wechatCallbackToken) {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const query = new URLSearchParams({
      timestamp,
      nonce: '5150',
      signature: wechatSignature(token, timestamp, '5150'),
    });
    return stack.server.app.inject({
      method: 'POST',
      url: `${wechatUrl()}?${query}`,
      headers: { 'content-type': 'text/xml' },
      payload: xml,
    });
  }

  const wechatXml = (openId: string, createTime: number, inner: string) =>
    `<xml><ToUserName><![CDATA[gh_shop]]></ToUserName><FromUserName><![CDATA[${openId}]]></FromUserName><CreateTime>${createTime}</CreateTime>${inner}</xml>`;

  async function enrollmentOf(kind: string, value: string) {
    return eventually(() =>
      stack.database.db
        .selectFrom('enrollments')
        .innerJoin('customerIdentities', 'customerIdentities.customerId', 'enrollments.customerId')
        .select(['enrollments.workflowId', 'enrollments.status', 'enrollments.customerId'])
        .where('customerIdentities.kind', '=', kind as 'messenger')
        .where('customerIdentities.value', '=', value)
        .executeTakeFirst(),
    );
  }

  async function untilWaiting(workflowId: string) {
    await eventually(async () => {
      const state = await stack.env.client.workflow.getHandle(workflowId).query<{ status: string }>('state');
      return state.status === 'waiting' ? true : undefined;
    });
  }

  const completed = (kind: string, value: string) =>
    eventually(async () => {
      const row = await enrollmentOf(kind, value);
      return row.status === 'completed' ? row : undefined;
    });

  it('answers Meta’s URL verification with the challenge, and refuses a wrong verify token', async () => {
    const query = (token: string) =>
      new URLSearchParams({ 'hub.mode': 'subscribe', 'hub.verify_token': token, 'hub.challenge': '1158201444' });
    const ok = await stack.server.app.inject({
      method: 'GET',
      url: `${messengerUrl()}?${query(messengerVerifyToken)}`,
    });
    expect([ok.statusCode, ok.body]).toEqual([200, '1158201444']);
    const wrong = await stack.server.app.inject({ method: 'GET', url: `${messengerUrl()}?${query('guess')}` });
    expect(wrong.statusCode).toBe(403);
  });

  it('starts a journey on a Messenger message, and a signed postback continues it', async () => {
    const psid = '2871000000000777';
    const sender = { sender: { id: psid }, recipient: { id: messengerPageId } };
    const hello = await postToMessenger([
      { ...sender, timestamp: Date.now(), message: { mid: 'm.hello', text: 'hi' } },
    ]);
    expect([hello.statusCode, hello.body]).toEqual([200, 'EVENT_RECEIVED']);
    const offer = await eventually(async () => graph.delivered.find((sent) => sent.recipient.id === psid));
    expect(offer).toEqual({
      recipient: { id: psid },
      messaging_type: 'UPDATE',
      message: {
        text: 'Want a coupon?',
        quick_replies: [{ content_type: 'text', title: 'Yes please', payload: 'action=coupon' }],
      },
    });
    const enrollment = await enrollmentOf('messenger', psid);
    await untilWaiting(enrollment.workflowId);

    const tap = {
      ...sender,
      timestamp: Date.now(),
      postback: { mid: 'm.tap', title: 'Yes please', payload: 'action=coupon' },
    };
    expect((await postToMessenger([tap])).statusCode).toBe(200);
    const done = await completed('messenger', psid);
    expect(done.customerId).toBe(enrollment.customerId);
    expect(graph.delivered.filter((sent) => sent.recipient.id === psid).map((sent) => sent.message['text'])).toEqual([
      'Want a coupon?',
      'Code SAVE7',
    ]);
    // A redelivery of the same postback is stored once.
    expect((await postToMessenger([tap])).statusCode).toBe(200);
    const taps = await stack.database.db
      .selectFrom('events')
      .select('id')
      .where('customerId', '=', enrollment.customerId)
      .where('name', '=', 'messenger_postback')
      .execute();
    expect(taps).toHaveLength(1);
  });

  it('refuses a Messenger postback with a bad signature, storing and sending nothing', async () => {
    const psid = '2871000000000888';
    const before = graphSink.requests.length;
    const tap = {
      sender: { id: psid },
      recipient: { id: messengerPageId },
      timestamp: Date.now(),
      postback: { mid: 'm.forged', payload: 'action=coupon' },
    };
    const refused = await postToMessenger([tap], 'not-the-app-secret');
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toEqual({
      error: 'invalid_signature',
      message: 'X-Hub-Signature-256 does not match the body.',
    });
    const unsigned = await stack.server.app.inject({
      method: 'POST',
      url: messengerUrl(),
      payload: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(unsigned.statusCode).toBe(401);
    const identities = await stack.database.db
      .selectFrom('customerIdentities')
      .select('customerId')
      .where('value', '=', psid)
      .execute();
    expect(identities).toEqual([]);
    expect(graphSink.requests.length).toBe(before);
  });

  it('echoes WeChat’s echostr to a signed check, and refuses a wrong signature', async () => {
    const timestamp = '1700000000';
    const signature = wechatSignature(wechatCallbackToken, timestamp, '42');
    const ok = await stack.server.app.inject({
      method: 'GET',
      url: `${wechatUrl()}?${new URLSearchParams({ signature, timestamp, nonce: '42', echostr: '7412365' })}`,
    });
    expect([ok.statusCode, ok.body]).toEqual([200, '7412365']);
    const forged = await stack.server.app.inject({
      method: 'GET',
      url: `${wechatUrl()}?${new URLSearchParams({ signature, timestamp, nonce: '43', echostr: '7412365' })}`,
    });
    expect(forged.statusCode).toBe(401);
  });

  it('starts a journey on a WeChat follow, and a WeChat text message continues it', async () => {
    const openId = 'oWx_shop_visitor_01';
    const now = Math.floor(Date.now() / 1000);
    const follow = await postToWechat(
      wechatXml(openId, now, '<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event>'),
    );
    expect([follow.statusCode, follow.body]).toEqual([200, 'success']);
    const welcome = await eventually(async () => wechat.delivered.find((sent) => sent.body['touser'] === openId));
    expect(welcome.body).toEqual({ touser: openId, msgtype: 'text', text: { content: '歡迎！回覆 1 領取優惠' } });
    const enrollment = await enrollmentOf('wechat', openId);
    await untilWaiting(enrollment.workflowId);
    const consent = await stack.database.db
      .selectFrom('channelConsents')
      .select(['status', 'source'])
      .where('customerId', '=', enrollment.customerId)
      .executeTakeFirst();
    expect(consent).toEqual({ status: 'subscribed', source: 'wechat_webhook' });

    const text = '<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[1]]></Content><MsgId>24417600000000001</MsgId>';
    expect((await postToWechat(wechatXml(openId, now + 5, text))).statusCode).toBe(200);
    await completed('wechat', openId);
    expect(wechat.delivered.filter((sent) => sent.body['touser'] === openId).map((sent) => sent.body['text'])).toEqual([
      { content: '歡迎！回覆 1 領取優惠' },
      { content: '優惠碼 SAVE7' },
    ]);
  });

  it('refuses a WeChat message signed with another token, storing and sending nothing', async () => {
    const openId = 'oWx_forged_sender_9';
    const before = wechatSink.requests.length;
    const xml = wechatXml(
      openId,
      Math.floor(Date.now() / 1000),
      '<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event>',
    );
    const refused = await postToWechat(xml, 'someoneElsesToken');
    expect(refused.statusCode).toBe(401);
    const identities = await stack.database.db
      .selectFrom('customerIdentities')
      .select('customerId')
      .where('value', '=', openId)
      .execute();
    expect(identities).toEqual([]);
    expect(wechatSink.requests.length).toBe(before);
  });
});
