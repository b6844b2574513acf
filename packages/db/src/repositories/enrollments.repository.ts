import type { Db } from '../connect';
import { sql, type Insertable, type RawBuilder } from 'kysely';
import type { Enrollment, EnrollmentStatus, EnrollmentsTable } from '../schema';
import { inControlGroupSql } from './control-groups.repository';

/**
 * A new enrollment; its `workflowId` is unique and encodes the re-entry rule. `enteredAt` defaults
 * to the database clock; routing passes its own so re-entry cooldowns and entry limits are testable.
 */
export type NewEnrollment = Pick<
  Insertable<EnrollmentsTable>,
  | 'workspaceId'
  | 'journeyId'
  | 'journeyVersionId'
  | 'customerId'
  | 'workflowId'
  | 'entryStepId'
  | 'entryEventId'
  | 'enteredAt'
>;

/**
 * Who of a new enrollment gets no messages or rewards: `holdout` when the caller drew the customer
 * into the journey's holdout; `controlGroup` when the workspace's control group applies to the
 * journey (it is not exempt), and then membership is looked up as the row is written.
 */
export interface EntryWithholding {
  holdout: boolean;
  controlGroup: boolean;
}

/** The `withheld` value of a new enrollment, as SQL (the control group wins over a holdout). */
export function withheldOnEntry(
  entry: Pick<NewEnrollment, 'workspaceId' | 'customerId'>,
  withholding: EntryWithholding | undefined,
): RawBuilder<'holdout' | 'control_group' | null> {
  const controlGroup = withholding?.controlGroup
    ? inControlGroupSql(sql.val(entry.workspaceId), sql.val(entry.customerId))
    : sql<boolean>`false`;
  const holdout = withholding?.holdout === true;
  return sql`(case when ${controlGroup} then 'control_group' when ${holdout} then 'holdout' end)`;
}

/** Creates the enrollment for a workflow id, or returns the one that exists (`created: false`). */
export async function enrollCustomer(
  db: Db,
  input: NewEnrollment,
  withholding?: EntryWithholding,
): Promise<{ enrollment: Enrollment; created: boolean }> {
  const created = await db
    .insertInto('enrollments')
    .values({ ...input, withheld: withheldOnEntry(input, withholding) })
    .onConflict((conflict) => conflict.column('workflowId').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (created) return { enrollment: created, created: true };
  const existing = await db
    .selectFrom('enrollments')
    .selectAll()
    .where('workflowId', '=', input.workflowId)
    .executeTakeFirstOrThrow();
  return { enrollment: existing, created: false };
}

/** The enrollment of a workflow id, if it was recorded. */
export async function findEnrollmentByWorkflowId(db: Db, workflowId: string): Promise<Enrollment | undefined> {
  return db.selectFrom('enrollments').selectAll().where('workflowId', '=', workflowId).executeTakeFirst();
}

/** The customer's most recent entry into the journey (any version), for re-entry rules. */
export async function findLatestEnrollment(
  db: Db,
  journeyId: string,
  customerId: string,
): Promise<Enrollment | undefined> {
  return db
    .selectFrom('enrollments')
    .selectAll()
    .where('journeyId', '=', journeyId)
    .where('customerId', '=', customerId)
    .orderBy('enteredAt', 'desc')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

/** How many entries the journey took at or after `since` (for its entry limit). */
export async function countEnrollmentsSince(db: Db, journeyId: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('enrollments')
    .select((eb) => eb.fn.countAll<string>().as('entries'))
    .where('journeyId', '=', journeyId)
    .where('enteredAt', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.entries);
}

/**
 * Serialises entry decisions until the transaction `db` belongs to ends: per (journey, customer),
 * and for the whole journey when `wholeJourney` (an entry limit counts every customer's entries).
 * Locks are always taken journey first, so two deciders never wait on each other in a cycle.
 */
export async function lockJourneyEntry(
  db: Db,
  input: { journeyId: string; customerId: string; wholeJourney: boolean },
): Promise<void> {
  if (input.wholeJourney) {
    await sql`select pg_advisory_xact_lock(hashtext(${`journey-entries:${input.journeyId}`})::bigint)`.execute(db);
  }
  await sql`select pg_advisory_xact_lock(hashtext(${input.journeyId}), hashtext(${input.customerId}))`.execute(db);
}

export async function listRunningEnrollments(db: Db, customerId: string): Promise<Enrollment[]> {
  return db
    .selectFrom('enrollments')
    .selectAll()
    .where('customerId', '=', customerId)
    .where('status', '=', 'running')
    .execute();
}

/** The running enrollments of several customers at once (the event router's batches). */
export async function listRunningEnrollmentsOfCustomers(db: Db, customerIds: readonly string[]): Promise<Enrollment[]> {
  if (customerIds.length === 0) return [];
  return db
    .selectFrom('enrollments')
    .selectAll()
    .where('customerId', '=', sql<string>`any(${[...customerIds]}::uuid[])`)
    .where('status', '=', 'running')
    .execute();
}

/** Whether the customer ever entered the journey (for "enter once" re-entry). */
export async function hasEnrollment(db: Db, journeyId: string, customerId: string): Promise<boolean> {
  const row = await db
    .selectFrom('enrollments')
    .select('id')
    .where('journeyId', '=', journeyId)
    .where('customerId', '=', customerId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function getEnrollment(db: Db, enrollmentId: string): Promise<Enrollment | undefined> {
  return db.selectFrom('enrollments').selectAll().where('id', '=', enrollmentId).executeTakeFirst();
}

/** Closes a running enrollment; closing twice keeps the first outcome. */
export async function finishEnrollment(
  db: Db,
  input: { enrollmentId: string; status: Exclude<EnrollmentStatus, 'running'>; reason?: string },
): Promise<void> {
  await db
    .updateTable('enrollments')
    .set({ status: input.status, exitReason: input.reason ?? null, finishedAt: new Date() })
    .where('id', '=', input.enrollmentId)
    .where('status', '=', 'running')
    .execute();
}

export async function markGoalReached(db: Db, enrollmentId: string, at: Date): Promise<void> {
  await db
    .updateTable('enrollments')
    .set({ goalReachedAt: at })
    .where('id', '=', enrollmentId)
    .where('goalReachedAt', 'is', null)
    .execute();
}
