// A workspace's data retention as the settings page shows it: the settings, their bounds, the
// longest look-back its live rules need (events are kept at least that long) and the latest runs.
import {
  findRetentionSettings,
  listRetentionRuns,
  longestLookBackDays,
  RETENTION_LIMITS,
  saveRetentionSettings,
  type Db,
  type RetentionSettings,
} from '@wayfarer/db';

export { retentionSettingsSchema } from '@wayfarer/db';

export async function getDataRetention(db: Db, workspaceId: string) {
  const [settings, lookBackDays, runs] = await Promise.all([
    findRetentionSettings(db, workspaceId),
    longestLookBackDays(db, workspaceId),
    listRetentionRuns(db, workspaceId),
  ]);
  return { settings, limits: RETENTION_LIMITS, lookBackDays, runs };
}

export async function putRetentionSettings(
  db: Db,
  workspaceId: string,
  settings: RetentionSettings,
): Promise<RetentionSettings> {
  await saveRetentionSettings(db, workspaceId, settings);
  return findRetentionSettings(db, workspaceId);
}
