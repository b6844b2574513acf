// The email channel's TLS modes against real smtp-server instances with a self-signed certificate
// made at test time: starttls upgrades (and only trusts that certificate when told to), tls speaks
// TLS from the first byte, and none is refused, with a typed failure, by a server that requires TLS.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEmailAdapter, emailConfigSchema, type EmailConfig } from '@wayfarer/channels';
import { selfSignedCertificate } from './self-signed-cert';

interface Received {
  mail: ParsedMail;
  /** Whether the session was encrypted when the message came in. */
  secure: boolean;
}

let certificate: { key: string; cert: string };
const stops: (() => Promise<void>)[] = [];
beforeAll(() => {
  certificate = selfSignedCertificate();
});
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

/** A local SMTP server with the self-signed certificate; STARTTLS offered unless `secure` or disabled. */
async function startSmtp(options: Partial<SMTPServerOptions> = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    logger: false,
    key: certificate.key,
    cert: certificate.cert,
    // AUTH only over TLS (the default, spelled out): a password never crosses in clear.
    allowInsecureAuth: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'mailer' && auth.password === 'smtp-pass-1234') callback(null, { user: 'mailer' });
      else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ mail, secure: session.secure });
          callback();
        })
        .catch(callback);
    },
    ...options,
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port));
  });
  stops.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { port, received };
}

/** Parsed like a stored config, so the mode's defaults apply as they do in production. */
function config(port: number, extra: Record<string, unknown> = {}): EmailConfig {
  return emailConfigSchema.parse({
    channel: 'email',
    host: '127.0.0.1',
    port,
    auth: { user: 'mailer', pass: 'smtp-pass-1234' },
    from: 'Shop News <news@shop.example>',
    timeoutMs: 5000,
    ...extra,
  });
}

const message = {
  channel: 'email',
  to: 'amy@customer.example',
  subject: 'TLS check',
  html: '<p>Hello</p>',
  text: 'Hello',
  unsubscribeUrl: 'https://wayfarer.example/u/ws1/c1?sig=abc',
} as const;

describe('email TLS modes against smtp-server', () => {
  it('starttls (the default) upgrades before AUTH and delivers', async () => {
    const smtp = await startSmtp();
    const starttls = config(smtp.port, { allowSelfSigned: true });
    expect(starttls.security).toBe('starttls');
    const result = await createEmailAdapter(starttls).send(message, { idempotencyKey: 'tls-1' });
    expect(result).toMatchObject({ status: 'sent' });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.secure).toBe(true);
    expect(smtp.received[0]?.mail.subject).toBe('TLS check');
  });

  it('starttls refuses the self-signed certificate unless it is allowed, as a final TLS failure', async () => {
    const smtp = await startSmtp();
    const result = await createEmailAdapter(config(smtp.port)).send(message, { idempotencyKey: 'tls-2' });
    expect(result).toMatchObject({ status: 'failed', retryable: false, code: 'tls_failed' });
    expect(smtp.received).toHaveLength(0);
  });

  it('starttls will not fall back to plain text when the server offers no STARTTLS', async () => {
    const smtp = await startSmtp({ disabledCommands: ['STARTTLS'], allowInsecureAuth: true });
    const result = await createEmailAdapter(config(smtp.port, { allowSelfSigned: true })).send(message, {
      idempotencyKey: 'tls-3',
    });
    expect(result).toMatchObject({ status: 'failed', retryable: false, code: 'tls_failed' });
    expect(smtp.received).toHaveLength(0);
  });

  it('tls speaks TLS from the first byte (implicit TLS)', async () => {
    const smtp = await startSmtp({ secure: true });
    const result = await createEmailAdapter(config(smtp.port, { security: 'tls', allowSelfSigned: true })).send(
      message,
      { idempotencyKey: 'tls-4' },
    );
    expect(result).toMatchObject({ status: 'sent' });
    expect(smtp.received[0]?.secure).toBe(true);
  });

  it('none is refused by a server that requires TLS: AUTH before STARTTLS (538)', async () => {
    const smtp = await startSmtp();
    const result = await createEmailAdapter(config(smtp.port, { security: 'none' })).send(message, {
      idempotencyKey: 'tls-5',
    });
    expect(result).toMatchObject({ status: 'failed', retryable: false, code: 'tls_required', providerStatus: 538 });
    expect(smtp.received).toHaveLength(0);
  });

  it('none is refused by a server that requires TLS for mail: MAIL FROM before STARTTLS (530)', async () => {
    const smtp = await startSmtp({
      authOptional: true,
      onMailFrom(_address, session, callback) {
        if (session.secure) callback();
        else callback(Object.assign(new Error('Must issue a STARTTLS command first'), { responseCode: 530 }));
      },
    });
    const result = await createEmailAdapter(config(smtp.port, { security: 'none', auth: undefined })).send(message, {
      idempotencyKey: 'tls-6',
    });
    expect(result).toMatchObject({ status: 'failed', retryable: false, code: 'tls_required', providerStatus: 530 });
    expect(smtp.received).toHaveLength(0);
  });
});
