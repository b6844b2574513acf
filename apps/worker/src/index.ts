export { createJourneyActivities } from './activities';
export type { ActivityDeps } from './activities';
export { createJourneyWorker, startJourneyWorker } from './start-worker';
export type { WorkerOptions } from './start-worker';
export { journeyWorkflowsPath } from './workflows-path';
