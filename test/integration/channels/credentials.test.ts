import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSecretBox,
  loadSecretKey,
  openChannelConfig,
  redactChannelConfig,
  sealChannelConfig,
} from '@wayfarer/channels';
import {
  createWorkspace,
  deleteChannelCredentials,
  findChannelCredentials,
  listChannelCredentials,
  saveChannelCredentials,
  UnsealedCredentialError,
} from '@wayfarer/db';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

const box = createSecretBox(loadSecretKey({ WAYFARER_SECRET_KEY: randomBytes(32).toString('base64') }));
const line = { channel: 'line', channelAccessToken: 'line-token-very-secret-4321' } as const;

describe('channel credentials on Postgres', () => {
  let database: TestDatabase;
  let workspaceId: string;
  let otherWorkspaceId: string;
  beforeAll(async () => {
    database = await createTestDatabase('channels');
    workspaceId = (await createWorkspace(database.db, 'Acme')).id;
    otherWorkspaceId = (await createWorkspace(database.db, 'Other')).id;
  });
  afterAll(async () => database.drop());

  it('stores only the sealed config and opens it back', async () => {
    const sealedConfig = sealChannelConfig(box, workspaceId, line);
    await saveChannelCredentials(database.db, { workspaceId, channel: 'line', sealedConfig });
    const { rows } = await sql<{
      text: string;
    }>`select row_to_json(c)::text as text from channel_credentials c`.execute(database.db);
    expect(rows.map((row) => row.text).join('')).not.toContain('line-token');
    const stored = await findChannelCredentials(database.db, workspaceId, 'line');
    expect(stored).toMatchObject({ workspaceId, channel: 'line', sealedConfig });
    const opened = openChannelConfig(box, workspaceId, 'line', stored!.sealedConfig);
    expect(opened).toMatchObject(line);
    expect(redactChannelConfig(opened)).toMatchObject({ channelAccessToken: '••••4321' });
  });

  it('replaces a channel config in place and keeps channels per workspace', async () => {
    const before = await findChannelCredentials(database.db, workspaceId, 'line');
    const rotated = sealChannelConfig(box, workspaceId, { ...line, channelAccessToken: 'rotated-token-000000' });
    await saveChannelCredentials(database.db, { workspaceId, channel: 'line', sealedConfig: rotated });
    await saveChannelCredentials(database.db, {
      workspaceId: otherWorkspaceId,
      channel: 'line',
      sealedConfig: sealChannelConfig(box, otherWorkspaceId, line),
    });
    const after = await findChannelCredentials(database.db, workspaceId, 'line');
    expect(after?.sealedConfig).toBe(rotated);
    expect(after!.createdAt).toEqual(before!.createdAt);
    expect(after!.updatedAt.getTime()).toBeGreaterThanOrEqual(before!.updatedAt.getTime());
    expect((await listChannelCredentials(database.db, workspaceId)).map((row) => row.channel)).toEqual(['line']);
    // A sealed value copied into another workspace's row does not open there.
    expect(() => openChannelConfig(box, otherWorkspaceId, 'line', rotated)).toThrow(
      expect.objectContaining({ code: 'sealed_value_unopenable' }),
    );
  });

  it('refuses a value that is not sealed, in the repository and in the table', async () => {
    await expect(
      saveChannelCredentials(database.db, { workspaceId, channel: 'sms', sealedConfig: '{"authToken":"plain"}' }),
    ).rejects.toBeInstanceOf(UnsealedCredentialError);
    await expect(
      sql`insert into channel_credentials (workspace_id, channel, sealed_config) values (${workspaceId}, 'sms', 'plain')`.execute(
        database.db,
      ),
    ).rejects.toThrow(/check constraint/);
  });

  it('disconnects a channel', async () => {
    await expect(deleteChannelCredentials(database.db, workspaceId, 'line')).resolves.toBe(true);
    await expect(deleteChannelCredentials(database.db, workspaceId, 'line')).resolves.toBe(false);
    await expect(findChannelCredentials(database.db, workspaceId, 'line')).resolves.toBeUndefined();
  });
});
