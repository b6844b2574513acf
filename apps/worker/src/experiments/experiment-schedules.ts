import type { Client } from '@temporalio/client';
import type { Db } from '@wayfarer/db';
import { ensureExperimentDecisionsSchedule } from '@wayfarer/routing';

/**
 * Ensures every workspace's daily experiment decisions at worker start-up (publishing a journey
 * with an auto-winner test ensures its own workspace's too, so new workspaces need no restart).
 */
export async function ensureExperimentDecisionsSchedules(temporal: Client, db: Db, taskQueue: string): Promise<number> {
  const workspaces = await db.selectFrom('workspaces').select('id').execute();
  for (const workspace of workspaces) {
    await ensureExperimentDecisionsSchedule(temporal, { workspaceId: workspace.id, taskQueue });
  }
  return workspaces.length;
}
