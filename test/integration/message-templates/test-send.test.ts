// "Send a test to me" on the real stack: the API server starts the test-send workflow, the worker
// renders it with the send step's renderer and pushes it through the workspace's LINE adapter to a
// local LINE Messaging API (the real @line/bot-sdk client). One request id sends once; tests count
// in no statistic and no cap; failures come back as typed reasons; a member gets 10 a minute.
import { randomUUID } from 'node:crypto';
import { sealChannelConfig } from '@wayfarer/channels';
import { createApiKey, saveChannelCredentials } from '@wayfarer/db';
import type { AddressInfo } from 'node:net';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import type { AppRouter } from '@wayfarer/server';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { memberSession } from '../isolation/fixture';
import { startHttpSink, type HttpSink } from '../channels/http-sink';
import { lineApi } from '../sending/provider-apis';
import { addLineCustomer, connectLocalLine } from '../../support/line-workspace';
import { apiClient, createWorkspaceWithKey, startStack, type ApiClient, type Stack } from '../../support/stack';

let stack: Stack;
let line: HttpSink;
let api: ApiClient;
let workspaceId: string;
const push = lineApi();
let ken: string;
let noLine: string;
const kenLineId = `U${'a'.repeat(32)}`;

const customer = (externalId: string, name: string, lineUserId?: string) =>
  addLineCustomer(stack.database.db, workspaceId, {
    externalId,
    name,
    ...(lineUserId === undefined ? {} : { lineUserId }),
  });

beforeAll(async () => {
  stack = await startStack('test-send', { sendTo: ['127.0.0.1'] });
  line = await startHttpSink(push.reply);
  const created = await createWorkspaceWithKey(stack, 'Test sends');
  workspaceId = created.workspaceId;
  api = apiClient(stack, created.key);
  await connectLocalLine(stack.database.db, stack.secretBox, workspaceId, line.url);
  ken = await customer('ken-1', 'Ken Test', kenLineId);
  noLine = await customer('ann-2', 'Ann No-Line');
}, 120_000);

afterAll(async () => {
  await line?.close();
  await stack?.close();
});

const lineTest = (body: string, overrides: object = {}) => ({
  requestId: randomUUID(),
  channel: 'line' as const,
  content: { body },
  data: { kind: 'sample' as const },
  recipient: { kind: 'customer' as const, customerId: ken },
  ...overrides,
});

/** A local SMTP server (no auth, no TLS) that keeps what it is given. */
async function startSmtp() {
  const received: { to: string[]; subject: string | undefined; text: string | undefined }[] = [];
  const server = new SMTPServer({
    logger: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
          received.push({ to, subject: mail.subject, text: mail.text?.trim() });
          callback();
        })
        .catch(callback);
    },
  });
  const port = await new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port)),
  );
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const testRows = () =>
  stack.database.db.selectFrom('testSends').selectAll().where('workspaceId', '=', workspaceId).execute();

describe('send a test', () => {
  it('pushes the rendered message to the profile’s LINE user once per request id, counted nowhere', async () => {
    const request = lineTest('Hi {{ customer.name }}, you have {{ customer.points }} points');
    const first = await api.messageTemplates.sendTest.mutate(request);
    expect(first).toMatchObject({ status: 'sent', address: kenLineId, recipient: { name: 'Ken Test' } });
    // The same click again (a retried request): the same outcome, and LINE got one push.
    const again = await api.messageTemplates.sendTest.mutate(request);
    expect(again).toMatchObject({ status: 'sent', address: kenLineId });
    const pushes = [...push.accepted.values()].map((entry) => entry.body);
    expect(pushes).toEqual([{ to: kenLineId, messages: [{ type: 'text', text: 'Hi Mei, you have 1280 points' }] }]);
    const rows = await testRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'sent', channel: 'line', body: 'Hi Mei, you have 1280 points' });
    // A test is no customer message: no journey statistic, frequency cap or smart-sending window sees it.
    const messages = await stack.database.db
      .selectFrom('messages')
      .select('id')
      .where('customerId', '=', ken)
      .execute();
    expect(messages).toEqual([]);
  });

  it('fills the variables with a chosen customer’s data', async () => {
    const sent = await api.messageTemplates.sendTest.mutate(
      lineTest('Hello {{ customer.name }}', { data: { kind: 'customer', customerId: ken } }),
    );
    expect(sent.status).toBe('sent');
    const texts = [...push.accepted.values()].map((entry) => JSON.stringify(entry.body));
    expect(texts.at(-1)).toContain('Hello Ken Test');
  });

  it('says why a test was not sent: no address, a variable without a value, a channel not connected', async () => {
    const pushesBefore = push.accepted.size;
    const noAddress = await api.messageTemplates.sendTest.mutate(
      lineTest('Hi', { recipient: { kind: 'customer', customerId: noLine } }),
    );
    expect(noAddress).toMatchObject({ status: 'failed', reason: 'no_address', recipient: { name: 'Ann No-Line' } });

    const missing = await api.messageTemplates.sendTest.mutate(
      lineTest('Hi {{ customer.nickname }}', { data: { kind: 'customer', customerId: ken } }),
    );
    expect(missing).toMatchObject({
      status: 'failed',
      reason: 'render_error',
      field: 'body',
      variable: 'customer.nickname',
    });

    const email = await api.messageTemplates.sendTest.mutate({
      ...lineTest('Hi'),
      channel: 'email',
      content: { subject: 'Hello', body: 'Hi' },
      recipient: { kind: 'me' },
    });
    expect(email).toMatchObject({ status: 'failed', reason: 'channel_not_connected' });
    expect(push.accepted.size).toBe(pushesBefore);
    const failed = (await testRows()).filter((row) => row.status === 'failed').map((row) => row.reason);
    expect(failed.sort()).toEqual(['channel_not_connected', 'no_address', 'render_error']);
  });

  it('sends an email test to the signed-in member’s own address', async () => {
    const smtp = await startSmtp();
    onTestFinished(() => smtp.close());
    await saveChannelCredentials(stack.database.db, {
      workspaceId,
      channel: 'email',
      sealedConfig: sealChannelConfig(stack.secretBox, workspaceId, {
        channel: 'email',
        host: '127.0.0.1',
        port: smtp.port,
        security: 'none',
        from: 'Tea House <news@tea.example>',
        timeoutMs: 5000,
      }),
    });
    const member = await memberSession(stack.database.db, workspaceId, 'editor', 'lin@tea.example', 'Lin Marketer');
    const signedIn = createTRPCClient<AppRouter>({
      links: [
        httpBatchLink({
          url: `${stack.url}/trpc`,
          headers: () => ({ cookie: `wayfarer_session=${member.token}`, 'x-csrf-token': member.csrfToken }),
        }),
      ],
    });
    const sent = await signedIn.messageTemplates.sendTest.mutate({
      ...lineTest(''),
      channel: 'email',
      content: { subject: 'For {{ customer.name }}', body: 'Your tier: {{ customer.tier }}' },
      recipient: { kind: 'me' },
    });
    expect(sent).toMatchObject({ status: 'sent', address: 'lin@tea.example', recipient: { name: 'Lin Marketer' } });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]).toMatchObject({ to: ['lin@tea.example'], subject: 'For Mei' });
    expect(smtp.received[0]?.text).toContain('Your tier: VIP');
  });

  it('refuses a customer of another workspace as not found', async () => {
    const other = await createWorkspaceWithKey(stack, 'Other');
    const stranger = await addLineCustomer(stack.database.db, other.workspaceId, { externalId: 'x', name: 'Stranger' });
    const refused = await api.messageTemplates.sendTest
      .mutate(lineTest('Hi', { recipient: { kind: 'customer', customerId: stranger } }))
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TRPCClientError);
    expect((refused as TRPCClientError<never>).data).toMatchObject({ httpStatus: 404 });
  });

  it('allows a member 10 tests a minute, then answers 429 with its code', async () => {
    // A key of its own: the earlier tests' sends count against theirs.
    const { key } = await createApiKey(stack.database.db, { workspaceId, name: 'rate', scope: 'full' });
    const member = apiClient(stack, key);
    const tryOnce = () =>
      member.messageTemplates.sendTest
        .mutate(lineTest('Hi', { recipient: { kind: 'customer', customerId: noLine } }))
        .catch((error: unknown) => error);
    for (let index = 0; index < 10; index++) expect(await tryOnce()).toMatchObject({ reason: 'no_address' });
    const refused = await tryOnce();
    expect(refused).toBeInstanceOf(TRPCClientError);
    expect((refused as TRPCClientError<never>).data).toMatchObject({
      httpStatus: 429,
      code: 'TOO_MANY_REQUESTS',
      reason: 'test_send_rate_limited',
    });
    expect((refused as TRPCClientError<never>).message).toContain('At most 10 tests a minute');
  });
});
