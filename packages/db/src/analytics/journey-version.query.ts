import type { Db } from '../connect';
import { DataError } from '../errors';

/**
 * The version a report is about: `versionId` when it is one of the journey's, else the live
 * version, else the newest; null when the journey was never published. A journey (or version)
 * of another workspace is not_found.
 */
export async function resolveReportVersion(
  db: Db,
  input: { workspaceId: string; journeyId: string; versionId?: string | undefined },
): Promise<string | null> {
  const journey = await db
    .selectFrom('journeys')
    .select(['liveVersionId'])
    .where('workspaceId', '=', input.workspaceId)
    .where('id', '=', input.journeyId)
    .executeTakeFirst();
  if (!journey) throw new DataError('not_found', `Journey ${input.journeyId} not found.`);
  let query = db
    .selectFrom('journeyVersions')
    .select('id')
    .where('workspaceId', '=', input.workspaceId)
    .where('journeyId', '=', input.journeyId);
  if (input.versionId !== undefined) query = query.where('id', '=', input.versionId);
  else if (journey.liveVersionId !== null) return journey.liveVersionId;
  const version = await query.orderBy('number', 'desc').limit(1).executeTakeFirst();
  if (!version && input.versionId !== undefined)
    throw new DataError('not_found', `Journey version ${input.versionId} not found.`);
  return version?.id ?? null;
}
