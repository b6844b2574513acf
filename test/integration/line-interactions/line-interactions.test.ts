// LINE-native interactions end to end, through the real server's LINE webhook and the real worker:
// a keyword message enters a journey that answers with the free reply endpoint (push once the
// token's minute is over), and a quick-reply tap (postback) continues the journey waiting for it.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealLineChannelSecret } from '@wayfarer/channels';
import { saveLineChannel, saveMessagingSettings } from '@wayfarer/db';
import { startHttpSink, type HttpSink } from '../channels/http-sink';
import { eventually } from '../../support/eventually';
import { couponBot } from '../../support/line-coupon-bot';
import { lineMessagingApi, type LineMessagingApi, type ReplyToken } from '../../support/line-messaging-api';
import { connectLocalLine } from '../../support/line-workspace';
import { apiClient, createWorkspaceWithKey, startStack, type Stack } from '../../support/stack';

const channelSecret = 'line-channel-secret-interactions';

describe('LINE keyword replies and postback buttons, through the webhook and the worker', () => {
  let stack: Stack;
  let line: HttpSink;
  let api: LineMessagingApi;
  let workspaceId: string;
  let journeyId: string;
  let deliveries = 0;

  beforeAll(async () => {
    stack = await startStack('line_interactions', { sendTo: ['127.0.0.1'] });
    api = lineMessagingApi();
    line = await startHttpSink(api.reply);
    const created = await createWorkspaceWithKey(stack, 'Coupon bot');
    workspaceId = created.workspaceId;
    const { db } = stack.database;
    const box = stack.secretBox;
    await connectLocalLine(db, box, workspaceId, line.url);
    await saveLineChannel(db, {
      workspaceId,
      channelId: '1657000077',
      sealedChannelSecret: sealLineChannelSecret(box, workspaceId, channelSecret),
    });
    await saveMessagingSettings(db, workspaceId, { quietHours: null, frequencyCap: null });
    const client = apiClient(stack, created.key);
    const journey = await client.journeys.create.mutate({ name: 'Coupon bot', graph: couponBot });
    await client.journeys.publish.mutate({ journeyId: journey.id });
    journeyId = journey.id;
  }, 180_000);
  afterAll(async () => {
    await line?.close();
    await stack?.close();
  });

  /** POSTs LINE events to the webhook as LINE does: signed over the exact bytes. */
  async function deliver(events: unknown[], secret = channelSecret) {
    const body = JSON.stringify({ destination: 'Ubot', events });
    return stack.server.app.inject({
      method: 'POST',
      url: `/v1/webhooks/line/${workspaceId}`,
      headers: {
        'content-type': 'application/json',
        'x-line-signature': createHmac('sha256', secret).update(body).digest('base64'),
      },
      payload: body,
    });
  }

  function lineEvent(userId: string, token: ReplyToken, extra: Record<string, unknown>) {
    deliveries += 1;
    return {
      mode: 'active',
      timestamp: token.issuedAt,
      source: { type: 'user', userId },
      webhookEventId: `interactions-${deliveries}`,
      deliveryContext: { isRedelivery: false },
      replyToken: token.token,
      ...extra,
    };
  }

  const textMessage = (userId: string, token: ReplyToken, text: string) =>
    lineEvent(userId, token, { type: 'message', message: { type: 'text', id: `m-${deliveries}`, text } });

  async function enrollmentOf(userId: string) {
    return eventually(() =>
      stack.database.db
        .selectFrom('enrollments')
        .innerJoin('customerIdentities', 'customerIdentities.customerId', 'enrollments.customerId')
        .select(['enrollments.workflowId', 'enrollments.status', 'enrollments.customerId'])
        .where('enrollments.journeyId', '=', journeyId)
        .where('customerIdentities.value', '=', userId)
        .executeTakeFirst(),
    );
  }

  const pushesTo = (userId: string) =>
    [...api.accepted.values()].filter((push) => (push.body as { to?: string }).to === userId);

  it('answers a keyword through the reply endpoint, then a postback tap continues the waiting journey', async () => {
    const userId = `U${'a1'.repeat(16)}`;
    const keywordToken = api.issueReplyToken();
    expect((await deliver([textMessage(userId, keywordToken, '  優惠 ')])).statusCode).toBe(200);

    const menu = await eventually(async () => api.replied.find((reply) => reply.token === keywordToken.token));
    expect(menu.messages).toEqual([
      {
        type: 'text',
        text: '想要本週優惠嗎？',
        quickReply: {
          items: [
            {
              type: 'action',
              action: { type: 'postback', label: '領取優惠', data: 'action=coupon&id=7', displayText: '我要優惠' },
            },
            { type: 'action', action: { type: 'message', label: '不用了', text: '不用了' } },
          ],
        },
      },
    ]);
    const enrollment = await enrollmentOf(userId);
    await eventually(async () => {
      const state = await stack.env.client.workflow.getHandle(enrollment.workflowId).query<{ status: string }>('state');
      return state.status === 'waiting' ? true : undefined;
    });

    const tapToken = api.issueReplyToken();
    const tap = lineEvent(userId, tapToken, { type: 'postback', postback: { data: 'action=coupon&id=7' } });
    expect((await deliver([tap])).statusCode).toBe(200);
    const coupon = await eventually(async () => api.replied.find((reply) => reply.token === tapToken.token));
    expect(coupon.messages).toEqual([{ type: 'text', text: '優惠碼 SAVE7' }]);
    const completed = await eventually(async () => {
      const row = await enrollmentOf(userId);
      return row.status === 'completed' ? row : undefined;
    });
    expect(completed.customerId).toBe(enrollment.customerId);
    expect(pushesTo(userId)).toEqual([]);
    const messages = await stack.database.db
      .selectFrom('messages')
      .select(['name', 'status', 'providerMessageId'])
      .where('customerId', '=', enrollment.customerId)
      .orderBy('createdAt')
      .execute();
    expect(messages.map((message) => [message.name, message.status])).toEqual([
      ['Coupon menu', 'sent'],
      ['Coupon', 'sent'],
    ]);
  });

  it('pushes the answer once the reply token’s minute is over', async () => {
    const userId = `U${'b2'.repeat(16)}`;
    const stale = api.issueReplyToken({ issuedAt: Date.now() - 2 * 60_000 });
    expect((await deliver([textMessage(userId, stale, 'COUPON')])).statusCode).toBe(200);
    const [push] = await eventually(async () => {
      const pushes = pushesTo(userId);
      return pushes.length > 0 ? pushes : undefined;
    });
    expect(push?.body).toMatchObject({ to: userId, messages: [{ type: 'text', text: '想要本週優惠嗎？' }] });
    expect(api.replied.some((reply) => reply.token === stale.token)).toBe(false);
    expect(line.requests.filter((request) => request.body.includes(stale.token))).toEqual([]);
  });

  it('does not enter the journey for a message without the keyword', async () => {
    const userId = `U${'c3'.repeat(16)}`;
    const token = api.issueReplyToken();
    expect((await deliver([textMessage(userId, token, '我想問營業時間')])).statusCode).toBe(200);
    const stored = await eventually(async () => {
      const rows = await stack.database.db
        .selectFrom('events')
        .select(['routedAt', 'customerId', 'properties'])
        .where('name', '=', 'line_message')
        .where('routedAt', 'is not', null)
        .execute();
      return rows.find((row) => row.properties['replyToken'] === token.token);
    });
    const entered = await stack.database.db
      .selectFrom('enrollments')
      .select('id')
      .where('customerId', '=', stored.customerId)
      .execute();
    expect(entered).toEqual([]);
  });

  it('refuses a postback with a bad signature, storing and answering nothing', async () => {
    const userId = `U${'d4'.repeat(16)}`;
    const token = api.issueReplyToken();
    const before = line.requests.length;
    const tap = lineEvent(userId, token, { type: 'postback', postback: { data: 'action=coupon' } });
    const refused = await deliver([tap], 'not-the-channel-secret');
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toEqual({
      error: 'invalid_signature',
      message: 'x-line-signature does not match the body.',
    });
    const stored = await stack.database.db
      .selectFrom('events')
      .select('id')
      .where('messageId', '=', tap.webhookEventId)
      .execute();
    expect(stored).toEqual([]);
    expect(line.requests.length).toBe(before);
  });
});
