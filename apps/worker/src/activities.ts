import {
  createVersionCache,
  finishEnrollment,
  getEnrollment,
  insertStepEvents,
  markGoalReached,
  type Db,
} from '@wayfarer/db';
import { defaultOutboundPolicy, type OutboundPolicy, type SecretBox } from '@wayfarer/channels';
import { journeyIRSchema } from '@wayfarer/journey';
import type { RuntimeRegistry } from '@wayfarer/nodes/runtime';
import type { JourneyActivities } from '@wayfarer/workflows';
import type { RoutingDeps } from '@wayfarer/routing';
import { runStep, stepEventRows, type EnrollmentScope } from './run-step';
import { routeStepFacts, type ProfileChanges } from './segment-step-facts';
import { permanentStepFailure } from './step-errors';
import { routeStepEvents } from './step-event-routing';
import { createWorkerServices } from './step-services/worker-services';
import type { SendServices } from '@wayfarer/delivery';
import { withSendQueues } from './send-queues';
import { publicUrlFromEnv } from './send/send-from-env';
import { observedStep } from './telemetry/observed-step';
import type { WorkerMetrics } from './telemetry/worker-metrics';

export interface ActivityDeps {
  db: Db;
  runtimes: RuntimeRegistry;
  /** Where facts caused by steps (tags added, segment changes) are routed; none in bare activity tests. */
  routing?: RoutingDeps;
  /** Delivery on real channels; without it only the outbox works. */
  send?: SendServices;
  /** Step counts and durations (Prometheus); none in bare activity tests. */
  metrics?: WorkerMetrics;
  /** Opens the workspace secrets node packages read (WAYFARER_SECRET_KEY); none: they cannot be read. */
  secretBox?: SecretBox;
  /** Which addresses node HTTP calls may reach (WAYFARER_OUTBOUND_ALLOW's policy when absent). */
  outbound?: OutboundPolicy;
  /** The task queue of a channel's sends, if this deployment runs one (see send-queues.ts). */
  sendQueueOf?: (channel: string) => string | undefined;
  /** Wayfarer's public address, which share links point at (default: {@link publicUrlFromEnv}). */
  publicUrl?: string;
}

/** The journey workflow's activities, backed by Postgres. */
export function createJourneyActivities(deps: ActivityDeps): JourneyActivities {
  const { sendQueueOf } = deps;
  const loadVersion = createVersionCache(deps.db, (stored) => {
    const ir = journeyIRSchema.parse(stored);
    return sendQueueOf === undefined ? ir : withSendQueues(ir, deps.runtimes.nodes, sendQueueOf);
  });
  const services = createWorkerServices(deps.runtimes, {
    db: deps.db,
    outbound: deps.outbound ?? defaultOutboundPolicy(),
    publicUrl: deps.publicUrl ?? publicUrlFromEnv(),
    ...(deps.send === undefined ? {} : { send: deps.send }),
    ...(deps.secretBox === undefined ? {} : { secretBox: deps.secretBox }),
  });
  const scopeOf = async (enrollmentId: string): Promise<EnrollmentScope> => {
    const enrollment = await getEnrollment(deps.db, enrollmentId);
    if (!enrollment) throw permanentStepFailure('unknown_enrollment', `Enrollment ${enrollmentId} no longer exists.`);
    return { ...enrollment, enrollmentId: enrollment.id };
  };
  return {
    loadJourneyVersion: ({ journeyVersionId }) => loadVersion(journeyVersionId),
    runStep: (input) =>
      observedStep(deps.metrics, loadVersion, input, async () => {
        const changes: ProfileChanges = { profileChanged: false };
        const result = await runStep({ db: deps.db, runtimes: deps.runtimes, services, loadVersion, changes }, input);
        if (deps.routing) await routeStepFacts(deps.routing, input, changes);
        if (deps.routing) await routeStepEvents(deps.routing, input, changes);
        return result;
      }),
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
