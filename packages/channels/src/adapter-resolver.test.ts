import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createAdapterResolver, type StoredChannelConfig } from './adapter-resolver';
import { sealChannelConfig } from './channel-credentials';
import { createMemoryOutbox } from './outbox/outbox.adapter';
import { createSecretBox } from './secrets';

const box = createSecretBox(randomBytes(32));
const webhook = {
  channel: 'webhook',
  url: 'https://hooks.example/in',
  signingSecret: 'whsec_0123456789abcdef',
} as const;

function store(rows: Record<string, StoredChannelConfig>) {
  const loads: string[] = [];
  return {
    loads,
    rows,
    load: async (workspaceId: string, channel: string) => {
      loads.push(`${workspaceId}:${channel}`);
      return rows[`${workspaceId}:${channel}`];
    },
  };
}

describe('createAdapterResolver', () => {
  it('builds the adapter from the sealed config and reuses it until the config changes', async () => {
    const rows = store({
      'ws-1:webhook': { sealedConfig: sealChannelConfig(box, 'ws-1', webhook), updatedAt: new Date(1) },
    });
    const resolver = createAdapterResolver({ box, load: rows.load });
    const first = await resolver.resolve('ws-1', 'webhook');
    const second = await resolver.resolve('ws-1', 'webhook');
    expect(first).toMatchObject({ ok: true, adapter: { channel: 'webhook' } });
    expect(second.ok && first.ok && second.adapter === first.adapter).toBe(true);
    rows.rows['ws-1:webhook'] = { sealedConfig: sealChannelConfig(box, 'ws-1', webhook), updatedAt: new Date(2) };
    const third = await resolver.resolve('ws-1', 'webhook');
    expect(third.ok && first.ok && third.adapter !== first.adapter).toBe(true);
    expect(rows.loads).toHaveLength(3);
  });

  it('answers channels without credentials, and unreadable ones, as values', async () => {
    const moved = sealChannelConfig(box, 'ws-2', webhook);
    const rows = store({ 'ws-1:webhook': { sealedConfig: moved, updatedAt: new Date(1) } });
    const resolver = createAdapterResolver({ box, load: rows.load });
    await expect(resolver.resolve('ws-1', 'sms')).resolves.toMatchObject({ ok: false, code: 'channel_not_connected' });
    await expect(resolver.resolve('ws-1', 'webhook')).resolves.toMatchObject({
      ok: false,
      code: 'channel_credentials_unreadable',
    });
    await expect(resolver.resolve('ws-1', 'outbox')).resolves.toMatchObject({
      ok: false,
      code: 'channel_not_connected',
    });
  });

  it('gives the outbox without credentials when a sink is configured', async () => {
    const resolver = createAdapterResolver({ box, load: store({}).load, outbox: createMemoryOutbox() });
    await expect(resolver.resolve('ws-1', 'outbox')).resolves.toMatchObject({
      ok: true,
      adapter: { channel: 'outbox' },
    });
  });
});
