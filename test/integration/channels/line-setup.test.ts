// The LINE setup wizard's procedures against a local LINE Messaging API driven by @line/bot-sdk:
// the bot's profile, the webhook URL set at LINE and LINE's test delivering to the real server's
// webhook (refused with LINE's reason when the secret is wrong), a test push to a typed user id,
// and the follower count (also when LINE has not counted yet).
import { TRPCClientError } from '@trpc/client';
import { lineInsightDate } from '@wayfarer/channels';
import { flexLayoutSchema, renderFlexLayout } from '@wayfarer/channels/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineConsoleApi, type LineConsoleApi } from '../../support/line-console-api';
import { lineMessagingApi, type LineMessagingApi } from '../../support/line-messaging-api';
import { apiClient, createWorkspaceWithKey, startStack, type ApiClient, type Stack } from '../../support/stack';
import { lineToken } from '../sending/provider-apis';
import { startHttpSink, type HttpSink } from './http-sink';

const channelSecret = 'line-setup-channel-secret';
const channelId = '1657000101';

describe('LINE setup wizard procedures', () => {
  let stack: Stack;
  let line: HttpSink;
  let lineConsole: LineConsoleApi;
  let api: LineMessagingApi;
  let client: ApiClient;

  const saveLine = (secret: string, token = lineToken) =>
    client.channels.save.mutate({
      channel: 'line',
      config: { channelAccessToken: token, baseUrl: line.url, timeoutMs: 10_000, channelId, channelSecret: secret },
    });

  beforeAll(async () => {
    stack = await startStack('line_setup', { sendTo: ['127.0.0.1'] });
    lineConsole = lineConsoleApi({ channelSecret });
    api = lineMessagingApi({ console: lineConsole });
    line = await startHttpSink(api.reply);
    const created = await createWorkspaceWithKey(stack, 'Wayfarer Coffee');
    client = apiClient(stack, created.key);
  }, 180_000);
  afterAll(async () => {
    await line?.close();
    await stack?.close();
  });

  it('answers 404 while LINE is not connected', async () => {
    const error = await client.channels.line.status.query().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<never>).data).toMatchObject({ code: 'NOT_FOUND', httpStatus: 404 });
  });

  it('shows the bot and the webhook URL, sets it at LINE, and LINE reaches the webhook', async () => {
    await saveLine(channelSecret);
    const status = await client.channels.line.status.query();
    const webhookUrl = `${stack.url}/v1/webhooks/line/${channelId}`;
    expect(status).toEqual({
      webhookUrl,
      bot: {
        ok: true,
        bot: { displayName: 'Wayfarer Coffee', basicId: '@wayfarer', pictureUrl: lineConsole.bot.pictureUrl },
      },
    });

    const set = await client.channels.line.setWebhook.mutate();
    expect(set).toMatchObject({
      webhookUrl,
      set: { ok: true },
      test: { ok: true, test: { success: true, statusCode: 200 } },
    });
    expect(lineConsole.webhookEndpoint()).toBe(webhookUrl);
    // LINE's test really arrived at the webhook, signed with the channel secret.
    const delivered = line.requests.filter((request) => request.path === '/v2/bot/channel/webhook/test');
    expect(delivered).toHaveLength(1);
  });

  it('shows LINE’s reason when the webhook refuses LINE’s test (a wrong channel secret)', async () => {
    await saveLine('not-the-secret-line-signs-with');
    const tested = await client.channels.line.testWebhook.mutate();
    expect(tested).toMatchObject({
      ok: true,
      test: { success: false, statusCode: 401, reason: 'ERROR_STATUS_CODE', detail: '401 Unauthorized' },
    });
    await saveLine(channelSecret);
    expect(await client.channels.line.testWebhook.mutate()).toMatchObject({ ok: true, test: { success: true } });
  });

  it('passes on LINE’s words when LINE refuses the token', async () => {
    await saveLine(channelSecret, 'a-token-line-does-not-know');
    const status = await client.channels.line.status.query();
    expect(status.bot).toEqual({ ok: false, code: 'line_refused', status: 401, message: 'Authentication failed' });
    const set = await client.channels.line.setWebhook.mutate();
    expect(set).toMatchObject({ set: { ok: false, message: 'Authentication failed' }, test: null });
    await saveLine(channelSecret);
  });

  it('sends a test message to a typed LINE user id through the worker', async () => {
    const to = `U${'c'.repeat(32)}`;
    const answer = await client.messageTemplates.sendTest.mutate({
      requestId: crypto.randomUUID(),
      channel: 'line',
      content: { body: 'Hello from the setup wizard' },
      data: { kind: 'sample' },
      recipient: { kind: 'address', address: to },
    });
    expect(answer).toMatchObject({ status: 'sent', recipient: { name: to } });
    const pushes = [...api.accepted.values()].map((entry) => entry.body);
    expect(pushes).toEqual([{ to, messages: [{ type: 'text', text: 'Hello from the setup wizard' }] }]);

    const refused = await client.messageTemplates.sendTest
      .mutate({
        requestId: crypto.randomUUID(),
        channel: 'line',
        content: { body: 'Hi' },
        data: { kind: 'sample' },
        recipient: { kind: 'address', address: 'not-a-line-id' },
      })
      .catch((caught: unknown) => caught);
    expect((refused as TRPCClientError<never>).data).toMatchObject({ code: 'BAD_REQUEST' });
    expect(api.accepted.size).toBe(1);
  });

  it('sends a coupon card built from the Flex layout: LINE gets the Flex JSON with the Liquid filled in', async () => {
    const coupon = renderFlexLayout(
      flexLayoutSchema.parse({
        layout: 'coupon',
        title: '{{ customer.name }}, 20% off',
        code: 'TEA-{{ customer.tier }}',
        buttonLabel: 'Use it',
        buttonUrl: 'https://shop.example/use',
      }),
    );
    const to = `U${'e'.repeat(32)}`;
    const answer = await client.messageTemplates.sendTest.mutate({
      requestId: crypto.randomUUID(),
      channel: 'line',
      content: { body: coupon.altText, flex: JSON.stringify(coupon.contents) },
      data: { kind: 'sample' },
      recipient: { kind: 'address', address: to },
    });
    expect(answer).toMatchObject({ status: 'sent' });
    const pushed = [...api.accepted.values()].map((entry) => entry.body).at(-1);
    const filled = JSON.parse(
      JSON.stringify(coupon.contents).replaceAll('{{ customer.name }}', 'Mei').replaceAll('{{ customer.tier }}', 'VIP'),
    ) as unknown;
    expect(pushed).toEqual({ to, messages: [{ type: 'flex', altText: 'Mei, 20% off', contents: filled }] });
  });

  it('counts followers for yesterday in LINE’s time zone, and says when LINE has not counted yet', async () => {
    const ready = await client.channels.line.followers.query();
    const date = lineInsightDate(new Date());
    expect(ready).toEqual({
      date,
      counted: { ok: true, followers: { status: 'ready', followers: 1234, targetedReaches: 1100, blocks: 12 } },
    });
    expect(lineConsole.followerDates).toEqual([date]);
    lineConsole.answerFollowers({ status: 'unready' });
    expect(await client.channels.line.followers.query()).toMatchObject({
      counted: { ok: true, followers: { status: 'unready', followers: null } },
    });
  });
});
