// A workspace's daily experiment decisions, started by its Temporal Schedule: each auto-winner test
// of a live journey is checked once; a winner, once recorded, takes every new customer.
import { proxyActivities } from '@temporalio/workflow';
import type {
  ExperimentDecisionActivities,
  ExperimentDecisionsInput,
  ExperimentDecisionsSummary,
} from './experiment-decisions.contract';

// A winner is recorded at most once per test, so a retried run decides nothing twice.
const { decideExperiments } = proxyActivities<ExperimentDecisionActivities>({
  startToCloseTimeout: '30 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes', maximumAttempts: 5 },
});

/** Decides the workspace's experiments as of the run's start. */
export async function experimentDecisions(input: ExperimentDecisionsInput): Promise<ExperimentDecisionsSummary> {
  // Workflow time is deterministic: a replay or a retried activity sees the same `now`.
  return decideExperiments({ workspaceId: input.workspaceId, now: new Date().toISOString() });
}
