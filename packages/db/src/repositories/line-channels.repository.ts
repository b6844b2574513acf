import type { Db } from '../connect';

// A workspace's LINE webhook channel: its id and its channel secret, sealed. The clear column is
// legacy (before migration 0008): only `listClearLineSecrets` / `replaceClearLineSecret` touch it,
// for the server's start-up step that seals it.

/** The webhook's view of a LINE channel: the secret stays sealed until the server opens it. */
export interface LineChannel {
  workspaceId: string;
  channelId: string | null;
  sealedChannelSecret: string;
  updatedAt: Date;
}

/** A value that is not a sealed envelope was about to be stored as a LINE channel secret. */
export class UnsealedLineSecretError extends Error {
  readonly code = 'unsealed_line_secret';
  constructor() {
    super('A LINE channel secret must be sealed (v1:<iv>:<tag>:<ciphertext>) before it is stored.');
    this.name = 'UnsealedLineSecretError';
  }
}

const sealedShape = /^v\d+:[A-Za-z0-9_-]*:[A-Za-z0-9_-]*:[A-Za-z0-9_-]*$/;

/** Sets (or replaces) the workspace's LINE channel id and sealed secret; any clear secret is dropped. */
export async function saveLineChannel(
  db: Db,
  input: { workspaceId: string; channelId: string; sealedChannelSecret: string },
): Promise<void> {
  if (!sealedShape.test(input.sealedChannelSecret)) throw new UnsealedLineSecretError();
  const values = { channelId: input.channelId, sealedChannelSecret: input.sealedChannelSecret, channelSecret: null };
  const updatedAt = new Date();
  await db
    .insertInto('lineChannels')
    .values({ workspaceId: input.workspaceId, ...values, updatedAt })
    .onConflict((conflict) => conflict.column('workspaceId').doUpdateSet({ ...values, updatedAt }))
    .execute();
}

const sealedColumns = ['workspaceId', 'channelId', 'sealedChannelSecret', 'updatedAt'] as const;

function sealedOnly(row: { sealedChannelSecret: string | null } & Omit<LineChannel, 'sealedChannelSecret'>) {
  const { sealedChannelSecret } = row;
  return sealedChannelSecret === null ? undefined : { ...row, sealedChannelSecret };
}

/** The workspace's LINE channel, if one with a sealed secret is connected. */
export async function findLineChannel(db: Db, workspaceId: string): Promise<LineChannel | undefined> {
  const row = await db
    .selectFrom('lineChannels')
    .select(sealedColumns)
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  return row === undefined ? undefined : sealedOnly(row);
}

/** The LINE channel with this LINE channel id, if one with a sealed secret is connected. */
export async function findLineChannelByChannelId(db: Db, channelId: string): Promise<LineChannel | undefined> {
  const row = await db
    .selectFrom('lineChannels')
    .select(sealedColumns)
    .where('channelId', '=', channelId)
    .executeTakeFirst();
  return row === undefined ? undefined : sealedOnly(row);
}

/** Disconnects the workspace's LINE webhook; false when there was none. */
export async function deleteLineChannel(db: Db, workspaceId: string): Promise<boolean> {
  const result = await db.deleteFrom('lineChannels').where('workspaceId', '=', workspaceId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Rows still holding a clear secret (from before migration 0008), for sealing at start-up. */
export async function listClearLineSecrets(db: Db): Promise<{ workspaceId: string; channelSecret: string }[]> {
  const rows = await db
    .selectFrom('lineChannels')
    .select(['workspaceId', 'channelSecret'])
    .where('channelSecret', 'is not', null)
    .execute();
  return rows.flatMap(({ workspaceId, channelSecret }) =>
    channelSecret === null ? [] : [{ workspaceId, channelSecret }],
  );
}

/**
 * Stores the sealed form of a clear secret and clears it, in one statement. Only when the clear value
 * is still the one that was sealed, so a concurrent change is not overwritten; true when replaced.
 */
export async function replaceClearLineSecret(
  db: Db,
  input: { workspaceId: string; channelSecret: string; sealedChannelSecret: string },
): Promise<boolean> {
  if (!sealedShape.test(input.sealedChannelSecret)) throw new UnsealedLineSecretError();
  const result = await db
    .updateTable('lineChannels')
    .set({ sealedChannelSecret: input.sealedChannelSecret, channelSecret: null, updatedAt: new Date() })
    .where('workspaceId', '=', input.workspaceId)
    .where('channelSecret', '=', input.channelSecret)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
