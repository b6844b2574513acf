// The LINE adapter answers with a reply token while it is valid and pushes otherwise, against a
// local Messaging API speaking LINE's reply and push protocol (the real @line/bot-sdk client).
import { afterEach, describe, expect, it } from 'vitest';
import {
  createLineAdapter,
  createOutboundPolicy,
  LINE_REPLY_TOKEN_LIFETIME_MS,
  type LineMessage,
} from '@wayfarer/channels';
import { lineMessagingApi, type LineMessagingApi } from '../../support/line-messaging-api';
import { lineToken } from '../sending/provider-apis';
import { startHttpSink, type HttpSink } from './http-sink';

const userId = `U${'4af3'.repeat(8)}`;
let sink: HttpSink | undefined;

afterEach(async () => {
  await sink?.close();
  sink = undefined;
});

async function start(): Promise<{
  api: LineMessagingApi;
  send: (message: LineMessage, key: string) => ReturnType<ReturnType<typeof createLineAdapter>['send']>;
}> {
  const api = lineMessagingApi();
  sink = await startHttpSink(api.reply);
  const adapter = createLineAdapter(
    { channel: 'line', channelAccessToken: lineToken, baseUrl: sink.url, timeoutMs: 1000 },
    createOutboundPolicy({ allow: ['127.0.0.1'] }),
  );
  return { api, send: (message, key) => adapter.send(message, { idempotencyKey: key }) };
}

const paths = () => sink?.requests.map((request) => request.path);
const menu = {
  type: 'text',
  text: '想要什麼？',
} as const;
const quickReplies = [
  { type: 'postback', label: '領取優惠', data: 'action=coupon', displayText: '我要優惠' },
  { type: 'message', label: '點數', text: '點數' },
] as const;

describe('LINE replies through @line/bot-sdk against a local Messaging API', () => {
  it('replies (not push) with the token while it is valid, quick replies included', async () => {
    const { api, send } = await start();
    const token = api.issueReplyToken();
    const result = await send(
      {
        channel: 'line',
        to: userId,
        content: menu,
        quickReplies: [...quickReplies],
        reply: { token: token.token, issuedAt: new Date(token.issuedAt).toISOString() },
      },
      'visit-1',
    );
    expect(result).toEqual({ status: 'sent', providerMessageId: 'reply-1' });
    expect(paths()).toEqual(['/v2/bot/message/reply']);
    expect(api.replied[0]?.messages).toEqual([
      {
        ...menu,
        quickReply: {
          items: [
            {
              type: 'action',
              action: { type: 'postback', label: '領取優惠', data: 'action=coupon', displayText: '我要優惠' },
            },
            { type: 'action', action: { type: 'message', label: '點數', text: '點數' } },
          ],
        },
      },
    ]);
    expect(api.accepted.size).toBe(0);
  });

  it('pushes without trying a token past its minute', async () => {
    const { api, send } = await start();
    const token = api.issueReplyToken({ issuedAt: Date.now() - LINE_REPLY_TOKEN_LIFETIME_MS, lifetimeMs: 3_600_000 });
    const result = await send(
      {
        channel: 'line',
        to: userId,
        content: menu,
        reply: { token: token.token, issuedAt: new Date(token.issuedAt).toISOString() },
      },
      'visit-2',
    );
    expect(result).toMatchObject({ status: 'sent' });
    expect(paths()).toEqual(['/v2/bot/message/push']);
    expect(api.replied).toEqual([]);
  });

  it('pushes, with the retry key, when LINE refuses a token (used or expired)', async () => {
    const { api, send } = await start();
    const token = api.issueReplyToken({ lifetimeMs: 0 });
    const reply = { token: token.token, issuedAt: new Date(token.issuedAt).toISOString() };
    const result = await send({ channel: 'line', to: userId, content: menu, reply }, 'visit-3');
    expect(result).toMatchObject({ status: 'sent' });
    expect(paths()).toEqual(['/v2/bot/message/reply', '/v2/bot/message/push']);
    expect(sink?.requests[1]?.headers['x-line-retry-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(api.accepted.size).toBe(1);
  });

  it('never repeats or pushes after a reply that may have arrived (no answer, or a 500)', async () => {
    const { api, send } = await start();
    api.failReplies('hang');
    const first = api.issueReplyToken();
    const hung = await send(
      {
        channel: 'line',
        to: userId,
        content: menu,
        reply: { token: first.token, issuedAt: new Date(first.issuedAt).toISOString() },
      },
      'visit-4',
    );
    expect(hung).toEqual({
      status: 'failed',
      retryable: false,
      code: 'unknown_outcome',
      detail: 'reply_unconfirmed_timeout',
    });
    api.failReplies({ status: 500, body: { message: 'oops' } });
    const second = api.issueReplyToken();
    const failed = await send(
      {
        channel: 'line',
        to: userId,
        content: menu,
        reply: { token: second.token, issuedAt: new Date(second.issuedAt).toISOString() },
      },
      'visit-5',
    );
    expect(failed).toMatchObject({ status: 'failed', retryable: false, code: 'unknown_outcome' });
    expect(paths()).toEqual(['/v2/bot/message/reply', '/v2/bot/message/reply']);
    expect(api.accepted.size).toBe(0);
  });

  it('leaves a rate-limited reply retryable: LINE took nothing', async () => {
    const { api, send } = await start();
    api.failReplies({ status: 429, body: { message: 'The API rate limit has been exceeded.' } });
    const token = api.issueReplyToken();
    const result = await send(
      {
        channel: 'line',
        to: userId,
        content: menu,
        reply: { token: token.token, issuedAt: new Date(token.issuedAt).toISOString() },
      },
      'visit-6',
    );
    expect(result).toMatchObject({ status: 'failed', retryable: true, code: 'rate_limited' });
  });
});
