// The enrollment explorer: find a customer's enrollment in a journey, see the path they walked and
// where they are now, and take them out.
import { WorkflowNotFoundError } from '@temporalio/client';
import {
  DataError,
  findEnrollmentDetail,
  findJourneyEnrollments,
  getJourney,
  loadEnrollmentPath,
  type EnrollmentSummary,
  type StepPlace,
} from '@wayfarer/db';
import { EXIT_SIGNAL, type ExitJourneyInput, type JourneyState } from '@wayfarer/workflows';
import { normalizeEmail, normalizePhone } from '@wayfarer/identity';
import type { Services } from '../services';
import { queryEnrollmentState } from './enrollment-state';

/** The exit reason of an enrollment a marketer removed. */
export const REMOVED_BY_MARKETER = 'removed_by_marketer';

const notFound = () => new DataError('not_found', 'No such enrollment in this workspace.');

function toSummary(row: EnrollmentSummary) {
  return {
    enrollmentId: row.enrollmentId,
    customerId: row.customerId,
    externalId: row.externalId,
    displayName: row.displayName,
    status: row.status,
    enteredAt: row.enteredAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    exitReason: row.exitReason,
  };
}

export interface EnrollmentSearch {
  workspaceId: string;
  journeyId: string;
  query?: string;
  at?: StepPlace;
  after?: { enteredAt: string; enrollmentId: string };
  limit: number;
}

/**
 * Enrollments of the journey, newest first: of customers matching `query` (external id, name, email
 * or phone), and/or at a step now or gone from it by a port (`at`); `after` pages on.
 */
export async function findEnrollments(services: Services, input: EnrollmentSearch) {
  await getJourney(services.db, input.workspaceId, input.journeyId);
  const text = input.query?.trim() ?? '';
  const identityValues = [normalizeEmail(text), normalizePhone(text)].filter((value) => value !== undefined);
  const after = input.after && { enteredAt: new Date(input.after.enteredAt), enrollmentId: input.after.enrollmentId };
  const rows = await findJourneyEnrollments(services.db, { ...input, text, identityValues, after });
  return rows.map(toSummary);
}

/** The enrollment, its path (step visits in order) and, while running, where its workflow says it is. */
export async function getEnrollment(services: Services, input: { workspaceId: string; enrollmentId: string }) {
  const detail = await findEnrollmentDetail(services.db, input.workspaceId, input.enrollmentId);
  if (!detail) throw notFound();
  const [path, state] = await Promise.all([
    loadEnrollmentPath(services.db, detail.enrollmentId),
    detail.status === 'running' ? queryEnrollmentState(services, detail.workflowId) : Promise.resolve(null),
  ]);
  return {
    enrollment: {
      ...toSummary(detail),
      journeyId: detail.journeyId,
      journeyVersionId: detail.journeyVersionId,
      workflowId: detail.workflowId,
    },
    path: path.map((visit) => ({
      stepId: visit.stepId,
      visit: visit.visit,
      enteredAt: visit.enteredAt.toISOString(),
      leftAt: visit.leftAt?.toISOString() ?? null,
      port: visit.port,
    })),
    current: currentOf(state),
  };
}

function currentOf(
  state: JourneyState | null,
): { stepId: string | null; waitingFor: JourneyState['waitingFor'] } | null {
  if (state === null) return null;
  return { stepId: state.currentStepId, waitingFor: state.waitingFor };
}

/**
 * Asks the enrollment's workflow to exit with `removed_by_marketer` (the workflow records the exit).
 * Idempotent: an enrollment that already ended answers `alreadyEnded`.
 */
export async function removeEnrollment(
  services: Services,
  input: { workspaceId: string; enrollmentId: string },
): Promise<{ ok: true; alreadyEnded?: true }> {
  const detail = await findEnrollmentDetail(services.db, input.workspaceId, input.enrollmentId);
  if (!detail) throw notFound();
  if (detail.status !== 'running') return { ok: true, alreadyEnded: true };
  try {
    await services.temporal.workflow
      .getHandle(detail.workflowId)
      .signal<[ExitJourneyInput]>(EXIT_SIGNAL, { reason: REMOVED_BY_MARKETER });
  } catch (error) {
    // The workflow has ended since the row was read.
    if (error instanceof WorkflowNotFoundError) return { ok: true, alreadyEnded: true };
    throw error;
  }
  return { ok: true };
}
