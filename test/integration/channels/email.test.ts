import { createServer as createTcpServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmailAdapter, messageIdFromKey, type EmailConfig } from '@wayfarer/channels';

interface Received {
  from: string;
  to: string[];
  mail: ParsedMail;
}

let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

/** A local SMTP server (plain, AUTH required) that parses what it receives. */
async function startSmtp(overrides: Partial<SMTPServerOptions> = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === 'mailer' && auth.password === 'smtp-pass-1234') callback(null, { user: 'mailer' });
      else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            mail,
          });
          callback();
        })
        .catch(callback);
    },
    ...overrides,
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port));
  });
  stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { port, received };
}

function config(port: number, extra: Partial<EmailConfig> = {}): EmailConfig {
  return {
    channel: 'email',
    host: '127.0.0.1',
    port,
    security: 'none',
    auth: { user: 'mailer', pass: 'smtp-pass-1234' },
    from: 'Shop News <news@shop.example>',
    timeoutMs: 5000,
    ...extra,
  };
}

const message = {
  channel: 'email',
  to: 'amy@customer.example',
  subject: '您的生日禮 — a gift for you',
  html: '<p>Happy birthday, <b>Amy</b>!</p>',
  text: 'Happy birthday, Amy!',
  unsubscribeUrl: 'https://wayfarer.example/u/ws1/c1?sig=abc',
} as const;

function headerLine(mail: ParsedMail, name: string): string | undefined {
  return mail.headerLines.find((line) => line.key === name.toLowerCase())?.line;
}

describe('email over SMTP via nodemailer against a local smtp-server', () => {
  it('delivers HTML and text with one-click unsubscribe headers and a Message-ID from the key', async () => {
    const smtp = await startSmtp();
    const adapter = createEmailAdapter(config(smtp.port));
    const result = await adapter.send(message, { idempotencyKey: 'journey:j1:customer:c1/mail/1' });
    const expectedId = messageIdFromKey('journey:j1:customer:c1/mail/1', 'shop.example');
    expect(result).toEqual({ status: 'sent', providerMessageId: expectedId });

    expect(smtp.received).toHaveLength(1);
    const [{ from, to, mail }] = smtp.received as [Received];
    expect(from).toBe('news@shop.example');
    expect(to).toEqual(['amy@customer.example']);
    expect(mail.messageId).toBe(expectedId);
    expect(mail.subject).toBe(message.subject);
    expect(mail.html).toContain('<p>Happy birthday, <b>Amy</b>!</p>');
    expect(mail.text?.trim()).toBe('Happy birthday, Amy!');
    expect(headerLine(mail, 'List-Unsubscribe')).toBe(`List-Unsubscribe: <${message.unsubscribeUrl}>`);
    expect(headerLine(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
  });

  it('uses the configured Message-ID domain', async () => {
    const smtp = await startSmtp();
    const adapter = createEmailAdapter(config(smtp.port, { messageIdDomain: 'mail.wayfarer.example' }));
    await adapter.send(message, { idempotencyKey: 'k2' });
    expect(smtp.received[0]?.mail.messageId).toBe(messageIdFromKey('k2', 'mail.wayfarer.example'));
  });

  it('does not retry a wrong password (535)', async () => {
    const smtp = await startSmtp();
    const adapter = createEmailAdapter(config(smtp.port, { auth: { user: 'mailer', pass: 'wrong' } }));
    await expect(adapter.send(message, { idempotencyKey: 'k' })).resolves.toMatchObject({
      status: 'failed',
      retryable: false,
      code: 'unauthorized',
      providerStatus: 535,
    });
    expect(smtp.received).toHaveLength(0);
  });

  it('retries a transient 4xx refusal and not a permanent 5xx one', async () => {
    for (const [responseCode, retryable] of [
      [451, true],
      [550, false],
    ] as const) {
      const smtp = await startSmtp({
        onRcptTo(_address, _session, callback) {
          callback(Object.assign(new Error('Mailbox unavailable'), { responseCode }));
        },
      });
      const result = await createEmailAdapter(config(smtp.port)).send(message, { idempotencyKey: 'k' });
      expect(result).toMatchObject({ status: 'failed', retryable, providerStatus: responseCode });
      await stop?.();
      stop = undefined;
    }
  });

  it('times out (retryably) on a server that accepts the connection and never greets', async () => {
    const silent: Server = createTcpServer(() => undefined);
    const port = await new Promise<number>((resolve) =>
      silent.listen(0, '127.0.0.1', () => resolve((silent.address() as AddressInfo).port)),
    );
    const sockets = new Set<Socket>();
    silent.on('connection', (socket) => sockets.add(socket));
    stop = () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        silent.close(() => resolve());
      });
    const result = await createEmailAdapter(config(port, { timeoutMs: 300 })).send(message, { idempotencyKey: 'k' });
    expect(result).toMatchObject({ status: 'failed', retryable: true, code: 'timeout' });
  });
});
