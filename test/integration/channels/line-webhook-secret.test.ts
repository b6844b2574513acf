// The LINE webhook's channel secret at rest (issue 5): saved from the LINE card sealed, shown
// redacted, legacy clear values sealed at server start (migration 0008's start-up step), and the
// webhook found by workspace or LINE channel id, verifying with the unsealed secret. The clear secret
// is grepped for in the table rows, the API's JSON and the server's log lines.
import { createHmac, randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { Client } from '@temporalio/client';
import { createSecretBox, openLineChannelSecret, type SecretBox } from '@wayfarer/channels';
import { builtinNodeTypes, createNodeRegistry } from '@wayfarer/nodes';
import { createServer, sealClearLineSecrets } from '@wayfarer/server';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { createTestWorkspace, trpcClient, trpcError, type TestServer } from '../server/support';

const channelSecret = 'line-channel-secret-5e8dc4a9';
const accessToken = 'line-access-token-77aa0b31';
const legacySecret = 'legacy-clear-secret-90fe';

const sign = (body: string, key: string) => createHmac('sha256', key).update(body).digest('base64');

describe('LINE webhook channel secret, sealed', () => {
  const box = createSecretBox(randomBytes(32));
  const logLines: string[] = [];
  let database: TestDatabase;
  let servers: TestServer[] = [];

  async function start(secretBox: SecretBox | undefined): Promise<TestServer> {
    const logStream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString('utf8'));
        done();
      },
    });
    const loggerOptions = { level: 'trace' as const, stream: logStream };
    const server = createServer({
      db: database.db,
      temporal: new Client(),
      registry: createNodeRegistry(builtinNodeTypes),
      taskQueue: 'line-secret-tests',
      // Fastify's own pino, at its most verbose, writing to the lines the test greps.
      logger: loggerOptions,
      ...(secretBox ? { secretBox } : {}),
    });
    const url = await server.start({ port: 0, host: '127.0.0.1' });
    const test = { database, server, url, close: () => server.stop() };
    servers.push(test);
    return test;
  }

  async function deliver(test: TestServer, ref: string, key: string, userId = 'Usecret1') {
    const body = JSON.stringify({
      destination: 'Ubot',
      events: [
        {
          type: 'follow',
          timestamp: Date.parse('2026-01-02T03:04:05Z'),
          source: { type: 'user', userId },
          webhookEventId: `evt-${randomBytes(4).toString('hex')}`,
        },
      ],
    });
    return test.server.app.inject({
      method: 'POST',
      url: `/v1/webhooks/line/${ref}`,
      headers: { 'content-type': 'application/json', 'x-line-signature': sign(body, key) },
      payload: body,
    });
  }

  const tableText = async (table: 'line_channels' | 'channel_credentials') =>
    (
      await sql<{ text: string }>`select row_to_json(t)::text as text from ${sql.table(table)} t`.execute(database.db)
    ).rows
      .map((row) => row.text)
      .join('\n');

  beforeAll(async () => {
    database = await createTestDatabase('line_secret');
  });
  afterAll(async () => {
    for (const test of servers) await test.close();
    servers = [];
    await database.drop();
  });

  it('saves channel id, secret and token from the LINE card; returns and stores none of them in clear', async () => {
    const test = await start(box);
    const workspace = await createTestWorkspace(test);
    const api = trpcClient(test, workspace.fullKey);
    const config = { channelId: '1657000000', channelSecret, channelAccessToken: accessToken };
    const saved = await api.channels.save.mutate({ channel: 'line', config });
    const list = await api.channels.list.query();
    expect(saved.config).toMatchObject({ channelId: '1657000000', channelSecret: '••••c4a9' });
    expect(saved.config?.channelAccessToken).toBe('••••0b31');
    const apiJson = JSON.stringify([saved, list]);
    expect(apiJson).not.toContain(channelSecret);
    expect(apiJson).not.toContain(accessToken);

    const rows = `${await tableText('line_channels')}\n${await tableText('channel_credentials')}`;
    expect(rows).toContain('1657000000');
    expect(rows).not.toContain(channelSecret);
    expect(rows).not.toContain(accessToken);
    const row = await database.db
      .selectFrom('lineChannels')
      .selectAll()
      .where('workspaceId', '=', workspace.workspaceId)
      .executeTakeFirstOrThrow();
    expect(row.channelSecret).toBeNull();
    expect(openLineChannelSecret(box, workspace.workspaceId, row.sealedChannelSecret ?? '')).toBe(channelSecret);

    // The webhook finds the channel by LINE's channel id and by workspace, and verifies with the secret.
    expect((await deliver(test, '1657000000', channelSecret)).statusCode).toBe(200);
    expect((await deliver(test, workspace.workspaceId, channelSecret, 'Usecret2')).statusCode).toBe(200);
    expect((await deliver(test, '1657000000', 'some-other-secret')).statusCode).toBe(401);
    expect((await deliver(test, '1999999999', channelSecret)).statusCode).toBe(404);

    // The redacted placeholder keeps the stored secret; a new id is taken.
    const shown = list.find((state) => state.channel === 'line')?.config ?? {};
    await api.channels.save.mutate({ channel: 'line', config: { ...shown, channelId: '1657000009' } });
    expect((await deliver(test, '1657000009', channelSecret, 'Usecret3')).statusCode).toBe(200);
    expect((await deliver(test, '1657000000', channelSecret)).statusCode).toBe(404);
    expect(logLines.join('')).not.toContain(channelSecret);
  });

  it('disconnecting LINE removes the webhook channel too', async () => {
    const test = servers[0] ?? (await start(box));
    const workspace = await createTestWorkspace(test, 'Disconnect');
    const api = trpcClient(test, workspace.fullKey);
    const config = { channelId: '1657000555', channelSecret, channelAccessToken: accessToken };
    await api.channels.save.mutate({ channel: 'line', config });
    expect((await deliver(test, '1657000555', channelSecret)).statusCode).toBe(200);
    expect(await api.channels.remove.mutate({ channel: 'line' })).toEqual({ removed: true });
    expect((await deliver(test, '1657000555', channelSecret)).statusCode).toBe(404);
    expect((await api.channels.list.query()).find((state) => state.channel === 'line')).toMatchObject({
      connected: false,
      config: null,
    });
  });

  it('names bad fields, and a channel id another workspace has connected', async () => {
    const test = servers[0] ?? (await start(box));
    const api = trpcClient(test, (await createTestWorkspace(test, 'Other')).fullKey);
    const empty = await trpcError(
      api.channels.save.mutate({
        channel: 'line',
        config: { channelId: '', channelSecret: '', channelAccessToken: 't' },
      }),
    );
    expect(empty.data?.issues?.map((issue) => issue.path)).toEqual(['channelId', 'channelSecret']);
    const placeholder = await trpcError(
      api.channels.save.mutate({
        channel: 'line',
        config: { channelId: '1657000123', channelSecret: '••••c4a9', channelAccessToken: 't' },
      }),
    );
    expect(placeholder.data?.issues?.map((issue) => issue.path)).toEqual(['channelSecret']);
    const taken = await trpcError(
      api.channels.save.mutate({
        channel: 'line',
        config: { channelId: '1657000009', channelSecret: 'mine', channelAccessToken: 't' },
      }),
    );
    expect(taken.data?.issues).toEqual([
      {
        path: 'channelId',
        message: 'This LINE channel is connected to another workspace.',
        code: 'custom',
        missing: false,
      },
    ]);
  });

  it('seals a clear secret from before migration 0008 at server start, and not without the key', async () => {
    const legacy = await createTestWorkspace(servers[0] ?? (await start(box)), 'Legacy');
    await sql`insert into line_channels (workspace_id, channel_secret) values (${legacy.workspaceId}, ${legacySecret})`.execute(
      database.db,
    );

    const keyless = await start(undefined);
    expect((await deliver(keyless, legacy.workspaceId, legacySecret)).statusCode).toBe(404);
    expect(await tableText('line_channels')).toContain(legacySecret);
    expect(logLines.join('')).toContain('1 LINE channel secret(s) are stored in clear and cannot be sealed');

    const keyed = await start(box);
    expect(await tableText('line_channels')).not.toContain(legacySecret);
    expect(logLines.join('')).toContain('Sealed 1 LINE channel secret(s)');
    expect((await deliver(keyed, legacy.workspaceId, legacySecret, 'Ulegacy')).statusCode).toBe(200);
    // Safe to run again (every start, or two servers at once).
    await expect(sealClearLineSecrets(database.db, box)).resolves.toEqual({ sealed: 0, leftInClear: 0 });

    // A server without the key cannot verify sealed secrets: 503, so LINE redelivers later.
    expect((await deliver(keyless, legacy.workspaceId, legacySecret)).statusCode).toBe(503);
    const wrongKey = await start(createSecretBox(randomBytes(32)));
    const unreadable = await deliver(wrongKey, legacy.workspaceId, legacySecret);
    expect(unreadable.statusCode).toBe(503);
    expect(unreadable.json()).toMatchObject({ error: 'secret_unreadable' });
    expect(logLines.join('')).not.toContain(channelSecret);
    expect(logLines.join('')).not.toContain(legacySecret);
  });
});
