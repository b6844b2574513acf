// Broadcasts of a journey to a segment: the row is the broadcast's durable progress. Batches go
// through the members in customer id order; `cursor` is the last customer handled, and every
// advance is a compare-and-set on it, so a retried batch can never count its members twice.
import { sql } from 'kysely';
import type { Db } from '../connect';
import { DataError } from '../errors';
import type { Broadcast, BroadcastStatus } from '../schema';
import { listSegmentMemberIds } from './segments.repository';
import { currentWave, planLocalWaves } from './broadcast-waves.repository';

export interface NewBroadcast {
  workspaceId: string;
  journeyId: string;
  journeyVersionId: string;
  segmentId: string;
  scheduledAt: Date;
  ratePerSecond: number;
  batchSize: number;
  /** Wall-clock time each member enters at in their own time zone; absent: everyone at `scheduledAt`. */
  localTime?: string;
}

/** Statuses a broadcast can still move on from. */
const OPEN: readonly BroadcastStatus[] = ['scheduled', 'running'];

/** A scheduled broadcast; `not_found` unless the segment is a live (unarchived) one of the workspace. */
export async function createBroadcast(db: Db, input: NewBroadcast): Promise<Broadcast> {
  // One statement: the segment check and the insert cannot be split by an archive in between.
  // Parameters in a select list have no type of their own, hence the casts.
  const created = await db
    .insertInto('broadcasts')
    .columns([
      'workspaceId',
      'journeyId',
      'journeyVersionId',
      'segmentId',
      'scheduledAt',
      'ratePerSecond',
      'batchSize',
      'status',
      'localTime',
    ])
    .expression((eb) =>
      eb
        .selectFrom('segments')
        .select([
          sql<string>`${input.workspaceId}::uuid`.as('workspaceId'),
          sql<string>`${input.journeyId}::uuid`.as('journeyId'),
          sql<string>`${input.journeyVersionId}::uuid`.as('journeyVersionId'),
          'segments.id',
          sql<Date>`${input.scheduledAt}::timestamptz`.as('scheduledAt'),
          sql<number>`${input.ratePerSecond}::int`.as('ratePerSecond'),
          sql<number>`${input.batchSize}::int`.as('batchSize'),
          sql<BroadcastStatus>`'scheduled'`.as('status'),
          sql<string | null>`${input.localTime ?? null}::text`.as('localTime'),
        ])
        .where('segments.id', '=', input.segmentId)
        .where('segments.workspaceId', '=', input.workspaceId)
        .where('segments.archivedAt', 'is', null),
    )
    .returningAll()
    .executeTakeFirst();
  if (!created) throw new DataError('not_found', `Segment ${input.segmentId} not found.`);
  return created;
}

/** The broadcast by id alone (the worker's view); undefined when it does not exist. */
export async function findBroadcast(db: Db, broadcastId: string): Promise<Broadcast | undefined> {
  return db.selectFrom('broadcasts').selectAll().where('id', '=', broadcastId).executeTakeFirst();
}

/** A broadcast of the workspace; one of another workspace is `not_found`, like one that never was. */
export async function getBroadcast(db: Db, workspaceId: string, broadcastId: string): Promise<Broadcast> {
  const broadcast = await db
    .selectFrom('broadcasts')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', broadcastId)
    .executeTakeFirst();
  if (!broadcast) throw new DataError('not_found', `Broadcast ${broadcastId} not found.`);
  return broadcast;
}

/** The journey's broadcasts, newest first. */
export async function listJourneyBroadcasts(db: Db, workspaceId: string, journeyId: string): Promise<Broadcast[]> {
  return db
    .selectFrom('broadcasts')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('journeyId', '=', journeyId)
    .orderBy('createdAt', 'desc')
    .orderBy('id')
    .execute();
}

/**
 * Moves a scheduled broadcast to running and fixes `total` to the segment's size now, and a
 * local-time broadcast's waves to its members' time zones now. Running it again changes nothing;
 * returns the row as it stands (also when it was cancelled meanwhile).
 */
export async function beginBroadcast(db: Db, broadcastId: string): Promise<Broadcast | undefined> {
  await startBroadcastRun(db, broadcastId);
  const row = await findBroadcast(db, broadcastId);
  if (row?.localTime == null || row.waves !== null) return row;
  const waves = await planLocalWaves(db, row.segmentId, row.localTime);
  await db
    .updateTable('broadcasts')
    .set({ waves: JSON.stringify(waves) })
    .where('id', '=', broadcastId)
    .where('waves', 'is', null)
    .execute();
  return findBroadcast(db, broadcastId);
}

async function startBroadcastRun(db: Db, broadcastId: string): Promise<void> {
  await db
    .updateTable('broadcasts')
    .set({
      status: 'running',
      startedAt: sql<Date>`now()`,
      total: sql<number>`(select count(*)::int from segment_memberships m where m.segment_id = broadcasts.segment_id)`,
    })
    .where('id', '=', broadcastId)
    .where('status', '=', 'scheduled')
    .execute();
}

/**
 * The next batch of member ids after the broadcast's cursor, in customer id order: of the
 * current wave's time zones when the broadcast goes by local time.
 */
export async function nextBroadcastBatch(
  db: Db,
  broadcast: Pick<Broadcast, 'segmentId' | 'cursor' | 'batchSize' | 'waves' | 'wave'>,
): Promise<string[]> {
  if (broadcast.waves !== null) {
    const wave = currentWave(broadcast);
    if (wave === undefined) return [];
    let query = db
      .selectFrom('segmentMemberships as m')
      .innerJoin('customers as c', 'c.id', 'm.customerId')
      .select('m.customerId')
      .where('m.segmentId', '=', broadcast.segmentId)
      .where('c.timezone', 'in', wave.zones);
    if (broadcast.cursor !== null) query = query.where('m.customerId', '>', broadcast.cursor);
    const rows = await query.orderBy('m.customerId').limit(broadcast.batchSize).execute();
    return rows.map((row) => row.customerId);
  }
  return listSegmentMemberIds(db, broadcast.segmentId, {
    ...(broadcast.cursor === null ? {} : { after: broadcast.cursor }),
    limit: broadcast.batchSize,
  });
}

/** A batch handled: its last member, how many it entered and skipped, and whether it was the last. */
export interface BroadcastAdvance {
  broadcastId: string;
  /** The wave and cursor the batch started from; the advance only lands if the row still has them. */
  fromWave: number;
  from: string | null;
  /** Where the next batch starts: the same wave after `to`, or the next wave from its start. */
  toWave: number;
  to: string | null;
  enrolled: number;
  skipped: number;
  done: boolean;
}

/**
 * Records a batch: cursor and counts move together, and only from `from` (compare-and-set), so a
 * batch retried after its first try committed lands once. A done broadcast is completed in the
 * same statement. Undefined when the cursor had already moved (the caller reads the row again).
 */
export async function advanceBroadcast(db: Db, advance: BroadcastAdvance): Promise<Broadcast | undefined> {
  let query = db
    .updateTable('broadcasts')
    .set({
      cursor: advance.to,
      wave: advance.toWave,
      enrolled: sql<number>`enrolled + ${advance.enrolled}`,
      skipped: sql<number>`skipped + ${advance.skipped}`,
      // A cancel that came in during the batch stays a cancel; the batch's entries still count.
      ...(advance.done
        ? {
            status: sql<BroadcastStatus>`case when status = 'running' then 'completed' else status end`,
            finishedAt: sql<Date>`coalesce(finished_at, now())`,
          }
        : {}),
    })
    .where('id', '=', advance.broadcastId)
    .where('wave', '=', advance.fromWave);
  query = advance.from === null ? query.where('cursor', 'is', null) : query.where('cursor', '=', advance.from);
  return query.returningAll().executeTakeFirst();
}

/**
 * Ends an open (scheduled or running) broadcast as completed, cancelled or failed; a broadcast that
 * has already ended keeps its first outcome. Returns the row as it stands.
 */
export async function finishBroadcast(
  db: Db,
  input: { broadcastId: string; status: Exclude<BroadcastStatus, 'scheduled' | 'running'>; error?: string },
): Promise<Broadcast | undefined> {
  await db
    .updateTable('broadcasts')
    .set({ status: input.status, error: input.error ?? null, finishedAt: sql<Date>`now()` })
    .where('id', '=', input.broadcastId)
    .where('status', 'in', OPEN)
    .execute();
  return findBroadcast(db, input.broadcastId);
}

/** Cancels an open broadcast of the workspace; `not_found` for another workspace's. Returns the row. */
export async function cancelBroadcast(db: Db, workspaceId: string, broadcastId: string): Promise<Broadcast> {
  await getBroadcast(db, workspaceId, broadcastId);
  const row = await finishBroadcast(db, { broadcastId, status: 'cancelled' });
  if (!row) throw new DataError('not_found', `Broadcast ${broadcastId} not found.`);
  return row;
}
