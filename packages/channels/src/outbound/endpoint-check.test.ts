import { describe, expect, it } from 'vitest';
import type { ChannelConfig } from '../channel-registry';
import { parseChannelConfig } from '../config';
import { createOutboundPolicy } from './address-policy';
import { checkChannelEndpoint } from './endpoint-check';

// Every internal address form, as a user would type it into each channel field. The names resolve
// through getaddrinfo as the worker's sockets would (`localhost` is in /etc/hosts).
const internalHosts = [
  '127.0.0.1',
  '2130706433',
  '0x7f.1',
  '017700000001',
  '127.1',
  '[::1]',
  '[::ffff:127.0.0.1]',
  'localhost',
  '169.254.169.254',
  '10.0.0.1',
  '192.168.0.10',
  '172.16.0.1',
  '100.64.0.1',
  '0.0.0.0',
  '[::]',
  '[fe80::1]',
  '[fd00::1]',
  '224.0.0.251',
];

const fields: { name: string; field: string; config: (host: string) => ChannelConfig }[] = [
  {
    name: 'webhook',
    field: 'url',
    config: (host) =>
      parseChannelConfig({ channel: 'webhook', url: `http://${host}:5432/hook`, signingSecret: 's'.repeat(16) }),
  },
  {
    name: 'LINE',
    field: 'baseUrl',
    config: (host) => parseChannelConfig({ channel: 'line', channelAccessToken: 't', baseUrl: `https://${host}` }),
  },
  {
    name: 'SMS',
    field: 'baseUrl',
    config: (host) =>
      parseChannelConfig({ channel: 'sms', accountSid: 'AC1', authToken: 't', from: '+1', baseUrl: `http://${host}` }),
  },
  {
    name: 'email',
    field: 'host',
    config: (host) => parseChannelConfig({ channel: 'email', host, from: 'shop@shop.example' }),
  },
];

const strict = createOutboundPolicy();

describe.each(fields)('the $field of the $name channel', ({ field, config }) => {
  it.each(internalHosts)('refuses %s, naming the field', async (host) => {
    const issues = await checkChannelEndpoint(config(host), strict);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual([field]);
    expect(issues[0]?.message).toMatch(new RegExp(`^${field} must be a public address`));
    expect(issues[0]?.message).not.toContain(host.replace(/[[\]]/g, ''));
  });

  it('accepts a public address, and a loopback one the allowlist names', async () => {
    expect(await checkChannelEndpoint(config('203.104.138.174'), strict)).toEqual([]);
    const allowing = createOutboundPolicy({ allow: ['127.0.0.1', '::1'] });
    expect(await checkChannelEndpoint(config('127.0.0.1'), allowing)).toEqual([]);
    expect(await checkChannelEndpoint(config('[::1]'), allowing)).toEqual([]);
  });
});

describe('names', () => {
  const webhook = (host: string) =>
    parseChannelConfig({ channel: 'webhook', url: `https://${host}/hook`, signingSecret: 's'.repeat(16) });

  it('refuses a name when any address it resolves to is internal', async () => {
    const policy = createOutboundPolicy({ resolve: () => Promise.resolve(['203.104.138.174', '10.0.0.8']) });
    expect(await checkChannelEndpoint(webhook('hooks.shop.example'), policy)).toMatchObject([{ path: ['url'] }]);
  });

  it('lets a name that does not resolve yet pass: connecting checks it again', async () => {
    const missing = Object.assign(new Error('queryA ENOTFOUND'), { code: 'ENOTFOUND' });
    const policy = createOutboundPolicy({ resolve: () => Promise.reject(missing) });
    expect(await checkChannelEndpoint(webhook('not-yet.shop.example'), policy)).toEqual([]);
  });

  it('has no endpoint to check for the outbox', async () => {
    expect(await checkChannelEndpoint(parseChannelConfig({ channel: 'outbox' }), strict)).toEqual([]);
  });
});
