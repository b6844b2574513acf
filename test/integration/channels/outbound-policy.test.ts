import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkChannelEndpoint,
  createChannelAdapter,
  createOutboundPolicy,
  parseChannelConfig,
  systemResolver,
  type ChannelMessage,
  type ChannelConfigInput,
  type OutboundPolicy,
} from '@wayfarer/channels';
import { startDnsServer, type TestDnsServer } from '../../support/dns-server';
import { startHttpSink, type HttpSink } from './http-sink';

// The policy is enforced where the socket opens, not only where the config is saved: a receiver
// listening on loopback is never reached under a policy that does not allow loopback, whether the
// endpoint names the address, a name for it, or a name whose DNS answer changed after the save.

interface Endpoint {
  /** Where the endpoint listens, as `host:port` under a given host name. */
  at(host: string): string;
  /** Connections (HTTP requests, SMTP sessions) it has seen. */
  reached(): number;
}

interface ChannelCase {
  name: string;
  config(endpoint: string): ChannelConfigInput;
  message: ChannelMessage;
  start(): Promise<Endpoint & { close(): Promise<void> }>;
}

async function httpEndpoint() {
  const sink: HttpSink = await startHttpSink(() => ({
    status: 200,
    body: { sid: 'SM1', sentMessages: [{ id: 'm-1', quoteToken: 'q' }] },
  }));
  const port = new URL(sink.url).port;
  return { at: (host: string) => `http://${host}:${port}`, reached: () => sink.requests.length, close: sink.close };
}

async function smtpEndpoint() {
  let sessions = 0;
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onConnect: (_session, callback) => {
      sessions++;
      callback();
    },
    onData: (stream, _session, callback) => stream.on('end', () => callback()).resume(),
  });
  const port = await new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port)),
  );
  return {
    at: (host: string) => `${host}:${port}`,
    reached: () => sessions,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const channels: ChannelCase[] = [
  {
    name: 'line',
    config: (endpoint) => ({ channel: 'line', channelAccessToken: 't', baseUrl: endpoint, timeoutMs: 5000 }),
    message: { channel: 'line', to: `U${'0'.repeat(32)}`, content: { type: 'text', text: 'hi' } },
    start: httpEndpoint,
  },
  {
    name: 'sms',
    config: (endpoint) => ({
      channel: 'sms',
      accountSid: 'AC1',
      authToken: 't',
      from: '+15005550006',
      baseUrl: endpoint,
    }),
    message: { channel: 'sms', to: '+886912345678', body: 'hi' },
    start: httpEndpoint,
  },
  {
    name: 'webhook',
    config: (endpoint) => ({ channel: 'webhook', url: `${endpoint}/hook`, signingSecret: 'whsec_0123456789abcdef' }),
    message: { channel: 'webhook', payload: { hello: 'world' } },
    start: httpEndpoint,
  },
  {
    name: 'email',
    config: (endpoint) => {
      const [host = '', port = ''] = endpoint.split(/:(?=\d+$)/);
      return { channel: 'email', host, port: Number(port), security: 'none', from: 'news@shop.example' };
    },
    message: {
      channel: 'email',
      to: 'mei@example.com',
      subject: 'hi',
      html: '<p>hi</p>',
      text: 'hi',
      unsubscribeUrl: 'https://shop.example/u',
    },
    start: smtpEndpoint,
  },
];

let dns: TestDnsServer;
beforeAll(async () => {
  dns = await startDnsServer();
});
afterAll(async () => dns.close());

/** `*.test` names are answered by the test's DNS server, every other name as the system would. */
function policy(allow: string[] = []): OutboundPolicy {
  return createOutboundPolicy({
    allow,
    resolve: (host) => (host.endsWith('.test') ? dns.resolve(host) : systemResolver(host)),
  });
}

const refused = { status: 'failed', retryable: false, code: 'address_refused', detail: 'address_refused' };

describe.each(channels)('$name connects only where the policy allows', (channel) => {
  let endpoint: Awaited<ReturnType<ChannelCase['start']>>;
  beforeAll(async () => {
    endpoint = await channel.start();
  });
  afterAll(async () => endpoint.close());

  const send = (host: string, with_: OutboundPolicy) =>
    createChannelAdapter(channel.config(endpoint.at(host)), { policy: with_ }).send(channel.message, {
      idempotencyKey: `k-${host}`,
    });

  it.each(['127.0.0.1', 'localhost', '[::ffff:127.0.0.1]'])('refuses %s at connect time', async (host) => {
    const before = endpoint.reached();
    await expect(send(host, policy())).resolves.toEqual(refused);
    expect(endpoint.reached()).toBe(before);
  });

  it('reaches the same endpoint when the allowlist names loopback', async () => {
    const before = endpoint.reached();
    await expect(send('127.0.0.1', policy(['127.0.0.1']))).resolves.toMatchObject({ status: 'sent' });
    expect(endpoint.reached()).toBe(before + 1);
  });

  it('checks the address a name resolves to when connecting, not when it was saved (DNS rebinding)', async () => {
    const name = `${channel.name}.rebind.test`;
    dns.answer(name, ['93.184.216.34']);
    const config = parseChannelConfig(channel.config(endpoint.at(name)));
    expect(await checkChannelEndpoint(config, policy())).toEqual([]);

    dns.answer(name, ['127.0.0.1']);
    const before = endpoint.reached();
    const asked = dns.queries(name);
    await expect(send(name, policy())).resolves.toEqual(refused);
    expect(dns.queries(name)).toBeGreaterThan(asked);
    expect(endpoint.reached()).toBe(before);
    // The name is what the socket connects through: allowed, it reaches the endpoint.
    await expect(send(name, policy(['127.0.0.1']))).resolves.toMatchObject({ status: 'sent' });
    expect(endpoint.reached()).toBe(before + 1);
  });
});

describe('redirects', () => {
  it('the LINE SDK follows a redirect only to an allowed address', async () => {
    const sink = await startHttpSink(() => ({ status: 307, headers: { location: 'http://169.254.169.254/latest' } }));
    try {
      const adapter = createChannelAdapter(
        { channel: 'line', channelAccessToken: 't', baseUrl: sink.url, timeoutMs: 5000 },
        { policy: policy(['127.0.0.1']) },
      );
      const result = await adapter.send(channels[0]!.message, { idempotencyKey: 'k' });
      expect(result).toEqual(refused);
      expect(sink.requests).toHaveLength(1);
    } finally {
      await sink.close();
    }
  });
});
