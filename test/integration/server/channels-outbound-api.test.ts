import { randomBytes } from 'node:crypto';
import { Client } from '@temporalio/client';
import { createOutboundPolicy, createSecretBox, systemResolver } from '@wayfarer/channels';
import { builtinNodeTypes, createNodeRegistry } from '@wayfarer/nodes';
import { createServer, type WayfarerServer } from '@wayfarer/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDnsServer, type TestDnsServer } from '../../support/dns-server';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { createTestWorkspace, trpcClient, trpcError } from './support';

// channels.save under the production policy (no allowlist): every internal address form, typed
// into each channel's endpoint field, is a 400 naming that field, and nothing is stored.

const internalHosts = [
  '127.0.0.1',
  '2130706433',
  '0x7f.1',
  '017700000001',
  '[::1]',
  '[::ffff:127.0.0.1]',
  'localhost',
  '169.254.169.254',
  '10.0.0.1',
  '172.16.0.1',
  '192.168.1.1',
  '100.64.0.1',
  '0.0.0.0',
  '[fd00:ec2::254]',
  '224.0.0.1',
  // A name whose DNS answer is 127.0.0.1, from the test's DNS server.
  'hooks.internal.test',
];

const cases = [
  {
    channel: 'webhook',
    field: 'url',
    config: (host: string) => ({ url: `http://${host}:5432/`, signingSecret: 'whsec_0123456789abcdef' }),
  },
  {
    channel: 'line',
    field: 'baseUrl',
    config: (host: string) => ({ channelAccessToken: 't', baseUrl: `https://${host}` }),
  },
  {
    channel: 'sms',
    field: 'baseUrl',
    config: (host: string) => ({ accountSid: 'AC1', authToken: 't', from: '+15550001111', baseUrl: `http://${host}` }),
  },
  { channel: 'email', field: 'host', config: (host: string) => ({ host, from: 'news@shop.example' }) },
] as const;

describe('channels.save refuses internal endpoints', () => {
  let dns: TestDnsServer;
  let database: TestDatabase;
  let server: WayfarerServer;
  let api: ReturnType<typeof trpcClient>;

  beforeAll(async () => {
    dns = await startDnsServer();
    dns.answer('hooks.internal.test', ['127.0.0.1']);
    dns.answer('hooks.public.test', ['93.184.216.34']);
    database = await createTestDatabase('server_channels_outbound');
    server = createServer({
      db: database.db,
      temporal: new Client(),
      registry: createNodeRegistry(builtinNodeTypes),
      taskQueue: 'server-tests',
      secretBox: createSecretBox(randomBytes(32)),
      outbound: createOutboundPolicy({
        resolve: (host) => (host.endsWith('.test') ? dns.resolve(host) : systemResolver(host)),
      }),
    });
    const url = await server.start({ port: 0, host: '127.0.0.1' });
    const workspace = await createTestWorkspace({ database, server, url, close: () => server.stop() });
    api = trpcClient({ database, server, url, close: () => server.stop() }, workspace.fullKey);
  });
  afterAll(async () => {
    await server.stop();
    await database.drop();
    await dns.close();
  });

  describe.each(cases)('$channel.$field', ({ channel, field, config }) => {
    it.each(internalHosts)('%s → 400 naming the field', async (host) => {
      const error = await trpcError(api.channels.save.mutate({ channel, config: config(host) }));
      expect(error.data?.httpStatus).toBe(400);
      expect(error.data?.issues).toEqual([
        { path: field, message: expect.stringContaining('public address'), code: 'custom', missing: false },
      ]);
      const state = (await api.channels.list.query()).find((candidate) => candidate.channel === channel);
      expect(state?.connected).toBe(false);
    });

    it('accepts a name that resolves to a public address', async () => {
      const saved = await api.channels.save.mutate({ channel, config: config('hooks.public.test') });
      expect(saved).toMatchObject({ channel, connected: true });
      await api.channels.remove.mutate({ channel });
    });
  });
});
