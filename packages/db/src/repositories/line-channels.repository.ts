import type { Db } from '../connect';

/** Sets (or replaces) the LINE channel secret of a workspace. Plain text until issue 5 encrypts it. */
export async function setLineChannelSecret(db: Db, workspaceId: string, channelSecret: string): Promise<void> {
  await db
    .insertInto('lineChannels')
    .values({ workspaceId, channelSecret, updatedAt: new Date() })
    .onConflict((conflict) => conflict.column('workspaceId').doUpdateSet({ channelSecret, updatedAt: new Date() }))
    .execute();
}

/** The workspace's LINE channel secret, if a channel is connected. */
export async function findLineChannelSecret(db: Db, workspaceId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('lineChannels')
    .select('channelSecret')
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  return row?.channelSecret;
}
