import type { Db } from '../connect';
import type { Insertable } from 'kysely';
import type { Enrollment, EnrollmentStatus, EnrollmentsTable } from '../schema';

/** A new enrollment; its `workflowId` is unique and encodes the re-entry rule. */
export type NewEnrollment = Pick<
  Insertable<EnrollmentsTable>,
  'workspaceId' | 'journeyId' | 'journeyVersionId' | 'customerId' | 'workflowId' | 'entryStepId' | 'entryEventId'
>;

/** Creates the enrollment for a workflow id, or returns the one that exists (`created: false`). */
export async function enrollCustomer(
  db: Db,
  input: NewEnrollment,
): Promise<{ enrollment: Enrollment; created: boolean }> {
  const created = await db
    .insertInto('enrollments')
    .values(input)
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

export async function listRunningEnrollments(db: Db, customerId: string): Promise<Enrollment[]> {
  return db
    .selectFrom('enrollments')
    .selectAll()
    .where('customerId', '=', customerId)
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
