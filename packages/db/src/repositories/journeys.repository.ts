import { sql } from 'kysely';
import type { Db } from '../connect';
import { DataError } from '../errors';
import { toJson } from '../json';
import type { Journey, JourneyStatus, JourneyVersion } from '../schema';
import { createWorkspaceCache } from '../workspace-cache';

export async function createJourney(
  db: Db,
  input: { workspaceId: string; name: string; draft: unknown; tags?: readonly string[] },
): Promise<Journey> {
  return db
    .insertInto('journeys')
    .values({
      workspaceId: input.workspaceId,
      name: input.name,
      draft: toJson(input.draft),
      tags: [...(input.tags ?? [])],
      status: 'draft',
      updatedAt: new Date(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function getJourney(db: Db, workspaceId: string, journeyId: string): Promise<Journey> {
  const journey = await db
    .selectFrom('journeys')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', journeyId)
    .executeTakeFirst();
  if (!journey) throw new DataError('not_found', `Journey ${journeyId} not found.`);
  return journey;
}

/**
 * Which journeys a list shows: `search` is a case-insensitive part of the name; no `status` hides
 * archived ones; `tag` keeps those carrying that tag (in any case).
 */
export interface JourneyListFilter {
  search?: string;
  status?: JourneyStatus;
  tag?: string;
}

/** A journey as lists show it: with the number of its live version (null before the first publish). */
export type JourneyListItem = Journey & { liveVersionNumber: number | null };

/** Journeys of a workspace, most recently edited first. */
export async function listJourneys(
  db: Db,
  workspaceId: string,
  filter: JourneyListFilter = {},
): Promise<JourneyListItem[]> {
  let query = db
    .selectFrom('journeys')
    .leftJoin('journeyVersions', 'journeyVersions.id', 'journeys.liveVersionId')
    .selectAll('journeys')
    .select('journeyVersions.number as liveVersionNumber')
    .where('journeys.workspaceId', '=', workspaceId);
  query =
    filter.status === undefined
      ? query.where('journeys.status', '!=', 'archived')
      : query.where('journeys.status', '=', filter.status);
  const search = filter.search?.trim() ?? '';
  // strpos, not LIKE: the marketer's text is matched literally (no % or _ wildcards to escape).
  if (search !== '')
    query = query.where(sql<boolean>`strpos(lower(${sql.ref('journeys.name')}), lower(${search})) > 0`);
  if (filter.tag !== undefined) {
    query = query.where(
      sql<boolean>`exists (select 1 from unnest(${sql.ref('journeys.tags')}) as tag where lower(tag) = lower(${filter.tag}))`,
    );
  }
  return query.orderBy('journeys.updatedAt', 'desc').orderBy('journeys.id').execute();
}

/** Changes a journey's own fields (name, status); not found in the workspace is a `not_found`. */
async function updateJourney(
  db: Db,
  workspaceId: string,
  journeyId: string,
  changes: { name?: string; status?: JourneyStatus },
): Promise<Journey> {
  const journey = await db
    .updateTable('journeys')
    .set({ ...changes, updatedAt: new Date() })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', journeyId)
    .returningAll()
    .executeTakeFirst();
  if (changes.status !== undefined) invalidateLiveJourneys();
  if (!journey) throw new DataError('not_found', `Journey ${journeyId} not found.`);
  return journey;
}

/** Renames a journey; its draft and revision are untouched (an open editor keeps saving). */
export async function renameJourney(db: Db, workspaceId: string, journeyId: string, name: string): Promise<Journey> {
  return updateJourney(db, workspaceId, journeyId, { name });
}

/** A new draft journey named `name` with a copy of the journey's current draft and tags (not its versions). */
export async function duplicateJourney(
  db: Db,
  input: { workspaceId: string; journeyId: string; name: string },
): Promise<Journey> {
  const copy = await db
    .insertInto('journeys')
    .columns(['workspaceId', 'name', 'status', 'draft', 'tags', 'updatedAt'])
    .expression((eb) =>
      eb
        .selectFrom('journeys')
        .select([
          'journeys.workspaceId',
          eb.val(input.name).as('name'),
          eb.val('draft').as('status'),
          'journeys.draft',
          'journeys.tags',
          sql<Date>`now()`.as('updatedAt'),
        ])
        .where('journeys.workspaceId', '=', input.workspaceId)
        .where('journeys.id', '=', input.journeyId),
    )
    .returningAll()
    .executeTakeFirst();
  if (!copy) throw new DataError('not_found', `Journey ${input.journeyId} not found.`);
  return copy;
}

/**
 * Saves the draft. With `expectedRevision`, the save only lands if nobody saved since that
 * revision (two tabs editing): otherwise a `draft_conflict`.
 */
export async function saveJourneyDraft(
  db: Db,
  input: { workspaceId: string; journeyId: string; draft: unknown; name?: string; expectedRevision?: number },
): Promise<Journey> {
  let query = db
    .updateTable('journeys')
    .set({
      draft: toJson(input.draft),
      draftRevision: sql<number>`draft_revision + 1`,
      updatedAt: new Date(),
      ...(input.name === undefined ? {} : { name: input.name }),
    })
    .where('workspaceId', '=', input.workspaceId)
    .where('id', '=', input.journeyId);
  if (input.expectedRevision !== undefined) query = query.where('draftRevision', '=', input.expectedRevision);
  const saved = await query.returningAll().executeTakeFirst();
  if (saved) return saved;
  await getJourney(db, input.workspaceId, input.journeyId);
  throw new DataError(
    'draft_conflict',
    `The draft was changed elsewhere since revision ${input.expectedRevision}; reload it.`,
  );
}

export async function setJourneyStatus(
  db: Db,
  workspaceId: string,
  journeyId: string,
  status: JourneyStatus,
): Promise<Journey> {
  return updateJourney(db, workspaceId, journeyId, { status });
}

/** Stores an immutable, numbered version and makes it the live one. */
export async function publishJourneyVersion(
  db: Db,
  input: { workspaceId: string; journeyId: string; ir: unknown; hash: string; graph: unknown },
): Promise<JourneyVersion> {
  const published = await db.transaction().execute(async (trx) => {
    // Lock the journey row so concurrent publishes number their versions one after another.
    const journey = await trx
      .selectFrom('journeys')
      .select('id')
      .where('workspaceId', '=', input.workspaceId)
      .where('id', '=', input.journeyId)
      .forUpdate()
      .executeTakeFirst();
    if (!journey) throw new DataError('not_found', `Journey ${input.journeyId} not found.`);
    const last = await trx
      .selectFrom('journeyVersions')
      .select((eb) => eb.fn.max('number').as('number'))
      .where('journeyId', '=', input.journeyId)
      .executeTakeFirst();
    const version = await trx
      .insertInto('journeyVersions')
      .values({
        workspaceId: input.workspaceId,
        journeyId: input.journeyId,
        number: (last?.number ?? 0) + 1,
        hash: input.hash,
        ir: toJson(input.ir),
        graph: toJson(input.graph),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('journeys')
      .set({ liveVersionId: version.id, status: 'live', updatedAt: new Date() })
      .where('id', '=', input.journeyId)
      .execute();
    return version;
  });
  // After the commit, so no reader can cache the set from before it.
  invalidateLiveJourneys();
  return published;
}

export async function listJourneyVersions(
  db: Db,
  workspaceId: string,
  journeyId: string,
): Promise<Omit<JourneyVersion, 'ir' | 'graph'>[]> {
  return db
    .selectFrom('journeyVersions')
    .select(['id', 'workspaceId', 'journeyId', 'number', 'hash', 'publishedAt'])
    .where('workspaceId', '=', workspaceId)
    .where('journeyId', '=', journeyId)
    .orderBy('number', 'desc')
    .execute();
}

export async function getJourneyVersion(db: Db, versionId: string): Promise<JourneyVersion> {
  const version = await db.selectFrom('journeyVersions').selectAll().where('id', '=', versionId).executeTakeFirst();
  if (!version) throw new DataError('not_found', `Journey version ${versionId} not found.`);
  return version;
}

export interface LiveJourneyVersion {
  journeyId: string;
  versionId: string;
}

// Read by every routed event; invalidated by publishes and status changes (see workspace-cache.ts).
const liveJourneys = createWorkspaceCache<readonly LiveJourneyVersion[]>();

/** Forgets the cached live journeys (for writes to `journeys` that bypass this repository). */
export function invalidateLiveJourneys(): void {
  liveJourneys.invalidate();
}

/**
 * Live journeys of a workspace and their live version ids: what incoming events are routed to.
 * Cached per process: another process's publish is seen within WORKSPACE_CACHE_TTL_MS.
 */
export async function listLiveJourneyVersions(db: Db, workspaceId: string): Promise<readonly LiveJourneyVersion[]> {
  return liveJourneys.get(db, workspaceId, async () =>
    db
      .selectFrom('journeys')
      .select(['id as journeyId', 'liveVersionId'])
      .where('workspaceId', '=', workspaceId)
      .where('status', '=', 'live')
      .where('liveVersionId', 'is not', null)
      .execute()
      .then((rows) =>
        rows.flatMap(({ journeyId, liveVersionId }) =>
          liveVersionId === null ? [] : [{ journeyId, versionId: liveVersionId }],
        ),
      ),
  );
}
