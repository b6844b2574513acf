import {
  createVersionCache,
  finishEnrollment,
  getEnrollment,
  insertStepEvents,
  markGoalReached,
  type Db,
} from '@wayfarer/db';
import { journeyIRSchema } from '@wayfarer/journey';
import type { RuntimeRegistry } from '@wayfarer/nodes/runtime';
import type { JourneyActivities } from '@wayfarer/workflows';
import { runStep, stepEventRows, type EnrollmentScope } from './run-step';
import { permanentStepFailure } from './step-errors';

export interface ActivityDeps {
  db: Db;
  runtimes: RuntimeRegistry;
}

/** The journey workflow's activities, backed by Postgres. */
export function createJourneyActivities(deps: ActivityDeps): JourneyActivities {
  const loadVersion = createVersionCache(deps.db, (ir) => journeyIRSchema.parse(ir));
  const scopeOf = async (enrollmentId: string): Promise<EnrollmentScope> => {
    const enrollment = await getEnrollment(deps.db, enrollmentId);
    if (!enrollment) throw permanentStepFailure('unknown_enrollment', `Enrollment ${enrollmentId} no longer exists.`);
    return { ...enrollment, enrollmentId: enrollment.id };
  };
  return {
    loadJourneyVersion: ({ journeyVersionId }) => loadVersion(journeyVersionId),
    runStep: (input) => runStep({ ...deps, loadVersion }, input),
    recordSteps: async ({ enrollmentId, trail }) => {
      if (trail.length > 0) await insertStepEvents(deps.db, stepEventRows(await scopeOf(enrollmentId), trail));
    },
    recordGoal: ({ enrollmentId, at }) => markGoalReached(deps.db, enrollmentId, new Date(at)),
    finishEnrollment: async ({ enrollmentId, outcome, reason, trail }) => {
      const scope = await scopeOf(enrollmentId);
      await deps.db.transaction().execute(async (trx) => {
        await insertStepEvents(trx, stepEventRows(scope, trail));
        await finishEnrollment(trx, { enrollmentId, status: outcome, ...(reason === undefined ? {} : { reason }) });
      });
    },
  };
}
