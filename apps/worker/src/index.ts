export { createJourneyActivities } from './activities';
export type { ActivityDeps } from './activities';
export { createJourneyWorker, startJourneyWorker } from './start-worker';
export type { WorkerOptions } from './start-worker';
export { journeyBundleOptions, journeyWorkflowsPath } from './workflows-path';
export { ensureLoyaltyMaintenanceSchedule, ensureLoyaltyMaintenanceSchedules } from './loyalty-maintenance-schedule';
export { refreshValueTiersAndRoute, VALUE_TIER_CHANGED_EVENT } from './loyalty-maintenance-activities';
export { createBroadcastActivities, type BroadcastActivityDeps } from './broadcast-activities';
export { sendServicesFromEnv } from './send/send-from-env';
export { createImportActivities } from './import-activities';
export { createSegmentActivities, createWorkerRouting } from './segment-activities';
export { createSendPacer, type SendPacer } from './send/send-pacer';
export { DEFAULT_SEND_RATE_LIMITS, DEFAULT_SEND_CONCURRENCY, workerRoles, type WorkerRole } from './start-worker';
export { ensureExperimentDecisionsSchedules } from './experiments/experiment-schedules';
export {
  createExperimentDecisionActivities,
  decideWorkspaceExperiments,
  DECISION_ACTOR,
} from './experiments/decide-experiments';
export { installWorkerRuntime } from './telemetry/sdk-runtime';
export { createWorkerMetrics, type WorkerMetrics } from './telemetry/worker-metrics';
export { ensureDataRetentionSchedule, ensureDataRetentionSchedules } from './data-retention-schedule';
export { createDataRetentionActivities, type DataRetentionDeps } from './data-retention-activities';
