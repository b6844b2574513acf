import { randomBytes } from 'node:crypto';
import { Client } from '@temporalio/client';
import { createSecretBox, openChannelConfig } from '@wayfarer/channels';
import { builtinNodeTypes, createNodeRegistry } from '@wayfarer/nodes';
import { createServer, type WayfarerServer } from '@wayfarer/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { createTestWorkspace, trpcClient, trpcError, type TestServer, type TestWorkspace } from './support';

// Channel credentials through the API: secrets go in, only redactions come out, and the row is sealed.
describe('channels tRPC API', () => {
  const box = createSecretBox(randomBytes(32));
  const authToken = 'sms-auth-token-3f9a1c2b7e';
  let database: TestDatabase;
  let server: WayfarerServer;
  let test: TestServer;
  let workspace: TestWorkspace;
  let api: ReturnType<typeof trpcClient>;

  beforeAll(async () => {
    database = await createTestDatabase('server_channels');
    server = createServer({
      db: database.db,
      temporal: new Client(),
      registry: createNodeRegistry(builtinNodeTypes),
      taskQueue: 'server-tests',
      secretBox: box,
    });
    const url = await server.start({ port: 0, host: '127.0.0.1' });
    test = { database, server, url, close: async () => server.stop() };
    workspace = await createTestWorkspace(test);
    api = trpcClient(test, workspace.fullKey);
  });
  afterAll(async () => {
    await server.stop();
    await database.drop();
  });

  const smsConfig = { accountSid: 'AC123', authToken, from: '+15550001111' };

  async function storedRow(workspaceId: string) {
    return database.db
      .selectFrom('channelCredentials')
      .selectAll()
      .where('workspaceId', '=', workspaceId)
      .where('channel', '=', 'sms')
      .executeTakeFirstOrThrow();
  }

  it('saves a config and never returns or stores the secret in clear', async () => {
    const saved = await api.channels.save.mutate({ channel: 'sms', config: smsConfig });
    expect(saved).toMatchObject({ channel: 'sms', connected: true, config: { accountSid: 'AC123' } });
    const list = await api.channels.list.query();
    expect(JSON.stringify([saved, list])).not.toContain(authToken);
    const sms = list.find((state) => state.channel === 'sms');
    expect(sms?.config?.authToken).toBe(`••••${authToken.slice(-4)}`);
    expect(list.find((state) => state.channel === 'line')).toMatchObject({ connected: false, config: null });

    const row = await storedRow(workspace.workspaceId);
    expect(JSON.stringify(row)).not.toContain(authToken);
    expect(openChannelConfig(box, workspace.workspaceId, 'sms', row.sealedConfig)).toMatchObject(smsConfig);
  });

  it('keeps the stored secret when the redacted placeholder is sent back', async () => {
    const shown = (await api.channels.list.query()).find((state) => state.channel === 'sms')?.config;
    await api.channels.save.mutate({ channel: 'sms', config: { ...shown, from: '+15550002222' } });
    const opened = openChannelConfig(
      box,
      workspace.workspaceId,
      'sms',
      (await storedRow(workspace.workspaceId)).sealedConfig,
    );
    expect(opened).toMatchObject({ authToken, from: '+15550002222' });
  });

  it('rejects a bad config with a 400 naming the field', async () => {
    const error = await trpcError(
      api.channels.save.mutate({ channel: 'webhook', config: { url: 'not a url', signingSecret: 'x'.repeat(20) } }),
    );
    expect(error.data?.httpStatus).toBe(400);
    expect(error.data?.issues?.map((issue) => issue.path)).toEqual(['url']);
  });

  it('refuses a placeholder secret when nothing is stored', async () => {
    const error = await trpcError(
      api.channels.save.mutate({ channel: 'line', config: { channelAccessToken: '••••abcd' } }),
    );
    expect(error.data?.httpStatus).toBe(400);
    expect(error.data?.issues?.map((issue) => issue.path)).toEqual(['channelAccessToken']);
  });

  it("shows another workspace's key nothing", async () => {
    const other = trpcClient(test, (await createTestWorkspace(test, 'Other')).fullKey);
    const list = await other.channels.list.query();
    expect(list.every((state) => !state.connected && state.config === null)).toBe(true);
    expect((await other.channels.remove.mutate({ channel: 'sms' })).removed).toBe(false);
    expect((await api.channels.list.query()).find((state) => state.channel === 'sms')?.connected).toBe(true);
  });

  it('removes a channel', async () => {
    const otherWorkspace = await createTestWorkspace(test, 'Removal');
    const client = trpcClient(test, otherWorkspace.fullKey);
    await client.channels.save.mutate({ channel: 'sms', config: smsConfig });
    expect((await client.channels.remove.mutate({ channel: 'sms' })).removed).toBe(true);
    expect((await client.channels.list.query()).find((state) => state.channel === 'sms')?.connected).toBe(false);
  });

  it('answers PRECONDITION_FAILED naming WAYFARER_SECRET_KEY without a key', async () => {
    const keyless = createServer({
      db: database.db,
      temporal: new Client(),
      registry: createNodeRegistry(builtinNodeTypes),
      taskQueue: 'server-tests',
    });
    const url = await keyless.start({ port: 0, host: '127.0.0.1' });
    try {
      const client = trpcClient({ ...test, server: keyless, url }, workspace.fullKey);
      const error = await trpcError(client.channels.save.mutate({ channel: 'sms', config: smsConfig }));
      expect(error.data?.code).toBe('PRECONDITION_FAILED');
      expect(error.message).toContain('WAYFARER_SECRET_KEY');
    } finally {
      await keyless.stop();
    }
  });

  it('saves and reads the sending policy with the worker schema', async () => {
    expect(await api.channels.messagingSettings.get.query()).toMatchObject({
      quietHours: { start: '21:00', end: '09:00' },
    });
    const settings = {
      quietHours: { start: '22:00', end: '08:00' },
      frequencyCap: { limit: 5, windowHours: 24 },
      channelCaps: { sms: { limit: 1, windowHours: 24 } },
    };
    expect(await api.channels.messagingSettings.save.mutate(settings)).toEqual(settings);
    expect(await api.channels.messagingSettings.get.query()).toEqual(settings);
    const error = await trpcError(
      api.channels.messagingSettings.save.mutate({ ...settings, quietHours: { start: '25:00', end: '08:00' } }),
    );
    expect(error.data?.issues?.map((issue) => issue.path)).toEqual(['quietHours.start']);
  });
});
