// The workspace's sending policy as the worker reads it: the same schema validates what is saved.
import { findMessagingSettings, saveMessagingSettings, type Db } from '@wayfarer/db';
import { messagingSettingsSchema, readMessagingSettings, type MessagingSettings } from '@wayfarer/delivery';

export { messagingSettingsSchema };

/** The stored policy with defaults for what was not set. */
export async function getMessagingSettings(db: Db, workspaceId: string): Promise<MessagingSettings> {
  return readMessagingSettings(await findMessagingSettings(db, workspaceId));
}

export async function putMessagingSettings(
  db: Db,
  workspaceId: string,
  settings: MessagingSettings,
): Promise<MessagingSettings> {
  await saveMessagingSettings(db, workspaceId, settings);
  return getMessagingSettings(db, workspaceId);
}
