import type { Db } from '../connect';
import { toJson } from '../json';
import type { AssignmentSource, ExperimentAssignment, ExperimentRow, Withheld } from '../experiments-schema';

/** Which experiment and customer: a step of a journey, whatever the version. */
export interface AssignmentKey {
  journeyId: string;
  stepId: string;
  customerId: string;
}

export interface NewAssignment extends AssignmentKey {
  workspaceId: string;
  arm: number;
  source: AssignmentSource;
  withheld: Withheld | null;
  enrollmentId: string | null;
  assignedAt: Date;
}

export async function findAssignment(db: Db, key: AssignmentKey): Promise<ExperimentAssignment | undefined> {
  return db
    .selectFrom('experimentAssignments')
    .selectAll()
    .where('journeyId', '=', key.journeyId)
    .where('stepId', '=', key.stepId)
    .where('customerId', '=', key.customerId)
    .executeTakeFirst();
}

/**
 * Stores the customer's arm unless they have one; returns the stored one either way (a concurrent
 * entry of the same customer that stored first wins, so both follow the same arm).
 */
export async function recordAssignment(
  db: Db,
  assignment: NewAssignment,
): Promise<{ assignment: ExperimentAssignment; inserted: boolean }> {
  const inserted = await db
    .insertInto('experimentAssignments')
    .values(assignment)
    .onConflict((conflict) => conflict.columns(['journeyId', 'stepId', 'customerId']).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return { assignment: inserted, inserted: true };
  const stored = await findAssignment(db, assignment);
  if (!stored) throw new Error('An experiment assignment vanished while it was being recorded.');
  return { assignment: stored, inserted: false };
}

/** Gives a customer a new arm (their stored one no longer exists in the version they are in). */
export async function replaceAssignment(db: Db, assignment: NewAssignment): Promise<ExperimentAssignment> {
  return db
    .updateTable('experimentAssignments')
    .set({
      arm: assignment.arm,
      source: assignment.source,
      withheld: assignment.withheld,
      enrollmentId: assignment.enrollmentId,
      assignedAt: assignment.assignedAt,
    })
    .where('journeyId', '=', assignment.journeyId)
    .where('stepId', '=', assignment.stepId)
    .where('customerId', '=', assignment.customerId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A step's experiment row (winner, last check), if it was ever checked or decided. */
export async function findExperiment(db: Db, journeyId: string, stepId: string): Promise<ExperimentRow | undefined> {
  return db
    .selectFrom('experiments')
    .selectAll()
    .where('journeyId', '=', journeyId)
    .where('stepId', '=', stepId)
    .executeTakeFirst();
}

/** The experiments of a journey that were checked or decided. */
export async function listJourneyExperiments(db: Db, journeyId: string): Promise<ExperimentRow[]> {
  return db.selectFrom('experiments').selectAll().where('journeyId', '=', journeyId).execute();
}

export interface ExperimentScope {
  workspaceId: string;
  journeyId: string;
  stepId: string;
}

/** Records a daily check that chose nothing (what it saw and why it waits). */
export async function recordExperimentCheck(
  db: Db,
  scope: ExperimentScope,
  check: { at: Date; result: Record<string, unknown> },
): Promise<void> {
  await db
    .insertInto('experiments')
    .values({ ...scope, checkedAt: check.at, lastCheck: toJson(check.result) })
    .onConflict((conflict) =>
      conflict.columns(['journeyId', 'stepId']).doUpdateSet({ checkedAt: check.at, lastCheck: toJson(check.result) }),
    )
    .execute();
}

/**
 * Records the winner, once: a test that already has one keeps it (false is returned). New
 * customers follow the winner from the next step that reads it; stored arms are kept.
 */
export async function recordExperimentWinner(
  db: Db,
  scope: ExperimentScope,
  winner: { arm: number; at: Date; by: string; decision: Record<string, unknown> },
): Promise<boolean> {
  const values = {
    winnerArm: winner.arm,
    decidedAt: winner.at,
    decidedBy: winner.by,
    decision: toJson(winner.decision),
    checkedAt: winner.at,
    lastCheck: toJson(winner.decision),
  };
  const row = await db
    .insertInto('experiments')
    .values({ ...scope, ...values })
    .onConflict((conflict) =>
      conflict.columns(['journeyId', 'stepId']).doUpdateSet(values).where('experiments.winnerArm', 'is', null),
    )
    .returning('winnerArm')
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether (and why) an enrollment's messages and rewards are withheld. */
export async function enrollmentWithheld(db: Db, enrollmentId: string): Promise<Withheld | null> {
  const row = await db.selectFrom('enrollments').select('withheld').where('id', '=', enrollmentId).executeTakeFirst();
  return row?.withheld ?? null;
}
