import { assertChannelName } from '../channel-names';
import type { Db } from '../connect';
import type { ChannelCredentials, CredentialChannel } from '../schema';

/** A value that is not a sealed envelope was about to be stored as a credential. */
export class UnsealedCredentialError extends Error {
  readonly code = 'unsealed_credential';
  constructor() {
    super('Channel credentials must be sealed (v1:<iv>:<tag>:<ciphertext>) before they are stored.');
    this.name = 'UnsealedCredentialError';
  }
}

// The same shape check as the column's CHECK constraint, made early so the mistake has a clear name.
const sealedShape = /^v\d+:[A-Za-z0-9_-]*:[A-Za-z0-9_-]*:[A-Za-z0-9_-]*$/;

/** Stores (or replaces) a workspace's sealed config for one channel. */
export async function saveChannelCredentials(
  db: Db,
  input: { workspaceId: string; channel: CredentialChannel; sealedConfig: string },
): Promise<void> {
  assertChannelName(input.channel, 'provider');
  if (!sealedShape.test(input.sealedConfig)) throw new UnsealedCredentialError();
  const now = new Date();
  await db
    .insertInto('channelCredentials')
    .values({ ...input, updatedAt: now })
    .onConflict((conflict) =>
      conflict.columns(['workspaceId', 'channel']).doUpdateSet({ sealedConfig: input.sealedConfig, updatedAt: now }),
    )
    .execute();
}

/** The sealed config of one channel of a workspace, if it is connected. */
export async function findChannelCredentials(
  db: Db,
  workspaceId: string,
  channel: CredentialChannel,
): Promise<ChannelCredentials | undefined> {
  return db
    .selectFrom('channelCredentials')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('channel', '=', channel)
    .executeTakeFirst();
}

/** Every connected channel of a workspace (sealed), by channel name. */
export async function listChannelCredentials(db: Db, workspaceId: string): Promise<ChannelCredentials[]> {
  return db
    .selectFrom('channelCredentials')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .orderBy('channel')
    .execute();
}

/** Disconnects a channel; true when there was something to remove. */
export async function deleteChannelCredentials(
  db: Db,
  workspaceId: string,
  channel: CredentialChannel,
): Promise<boolean> {
  const result = await db
    .deleteFrom('channelCredentials')
    .where('workspaceId', '=', workspaceId)
    .where('channel', '=', channel)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
