// Read models of the enrollment explorer: find a journey's enrollments by who the customer is,
// and one enrollment's path through the steps.
import { sql } from 'kysely';
import type { Db } from '../connect';
import type { EnrollmentStatus } from '../schema';

export interface EnrollmentSummary {
  enrollmentId: string;
  customerId: string;
  externalId: string;
  /** The customer's `name` attribute, else their external id. */
  displayName: string;
  status: EnrollmentStatus;
  enteredAt: Date;
  finishedAt: Date | null;
  exitReason: string | null;
}

export interface EnrollmentDetail extends EnrollmentSummary {
  journeyId: string;
  journeyVersionId: string;
  workflowId: string;
}

/** One visit of a step: entered, and left through `port` (null: still there, or interrupted). */
export interface PathVisit {
  stepId: string;
  visit: number;
  enteredAt: Date;
  leftAt: Date | null;
  port: string | null;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (match) => `\\${match}`);
}

function summaryQuery(db: Db, workspaceId: string) {
  return db
    .selectFrom('enrollments')
    .innerJoin('customers', 'customers.id', 'enrollments.customerId')
    .select([
      'enrollments.id as enrollmentId',
      'enrollments.customerId',
      'customers.externalId',
      sql<string>`coalesce(nullif(customers.attributes->>'name', ''), customers.external_id)`.as('displayName'),
      'enrollments.status',
      'enrollments.enteredAt',
      'enrollments.finishedAt',
      'enrollments.exitReason',
    ])
    .where('enrollments.workspaceId', '=', workspaceId);
}

/** Where in the journey: at a step now (`port` null), or having left it by `port`. */
export interface StepPlace {
  stepId: string;
  port: string | null;
}

/** The last enrollment of a page: the next page starts after it (newest first). */
export interface EnrollmentCursor {
  enteredAt: Date;
  enrollmentId: string;
}

export interface JourneyEnrollmentFilter {
  workspaceId: string;
  journeyId: string;
  /** External id or name (part of, any case), or exactly one of `identityValues` (email / phone). */
  text?: string;
  identityValues?: readonly string[];
  at?: StepPlace;
  after?: EnrollmentCursor;
  limit: number;
}

/**
 * A journey's enrollments, newest first, narrowed to a customer (`text`) and/or a place: the
 * customers waiting at a step now, or those who left it by a port.
 */
export async function findJourneyEnrollments(db: Db, input: JourneyEnrollmentFilter): Promise<EnrollmentSummary[]> {
  const { text, at, after } = input;
  const identityValues = input.identityValues ?? [];
  let query = summaryQuery(db, input.workspaceId).where('enrollments.journeyId', '=', input.journeyId);
  if (text !== undefined && text !== '') {
    const pattern = `%${escapeLike(text)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('customers.externalId', 'ilike', pattern),
        eb(sql<string>`customers.attributes->>'name'`, 'ilike', pattern),
        eb.exists(
          eb
            .selectFrom('customerIdentities')
            .select('customerIdentities.customerId')
            .whereRef('customerIdentities.customerId', '=', 'customers.id')
            .where('customerIdentities.kind', 'in', ['email', 'phone'])
            .where('customerIdentities.value', 'in', identityValues.length > 0 ? [...identityValues] : ['']),
        ),
      ]),
    );
  }
  if (at !== undefined) query = query.where(at.port === null ? waitingAt(at.stepId) : leftBy(at.stepId, at.port));
  if (after !== undefined) {
    query = query.where(
      sql<boolean>`(enrollments.entered_at, enrollments.id) < (${after.enteredAt}, ${after.enrollmentId}::uuid)`,
    );
  }
  return query.orderBy('enrollments.enteredAt', 'desc').orderBy('enrollments.id', 'desc').limit(input.limit).execute();
}

// A running enrollment that entered the step and has not left that visit of it.
const waitingAt = (stepId: string) => sql<boolean>`enrollments.status = 'running' and exists (
  select 1 from step_events entered
  where entered.enrollment_id = enrollments.id and entered.step_id = ${stepId} and entered.kind = 'entered'
    and not exists (select 1 from step_events left_step where left_step.enrollment_id = entered.enrollment_id
      and left_step.step_id = entered.step_id and left_step.visit = entered.visit and left_step.kind = 'left'))`;

const leftBy = (stepId: string, port: string) => sql<boolean>`exists (
  select 1 from step_events left_step where left_step.enrollment_id = enrollments.id
    and left_step.step_id = ${stepId} and left_step.kind = 'left' and left_step.port = ${port})`;

/** One enrollment of the workspace, or undefined (another workspace's is undefined too). */
export async function findEnrollmentDetail(
  db: Db,
  workspaceId: string,
  enrollmentId: string,
): Promise<EnrollmentDetail | undefined> {
  return summaryQuery(db, workspaceId)
    .select(['enrollments.journeyId', 'enrollments.journeyVersionId', 'enrollments.workflowId'])
    .where('enrollments.id', '=', enrollmentId)
    .executeTakeFirst();
}

/** The enrollment's step visits in the order it walked them (as far as its step events are written). */
export async function loadEnrollmentPath(db: Db, enrollmentId: string): Promise<PathVisit[]> {
  const result = await sql<PathVisit>`
    select entered.step_id, entered.visit, entered.at as entered_at, left_step.at as left_at, left_step.port
    from step_events entered
    left join step_events left_step on left_step.enrollment_id = entered.enrollment_id
      and left_step.step_id = entered.step_id and left_step.visit = entered.visit and left_step.kind = 'left'
    where entered.enrollment_id = ${enrollmentId} and entered.kind = 'entered'
    order by entered.id`.execute(db);
  return result.rows;
}
