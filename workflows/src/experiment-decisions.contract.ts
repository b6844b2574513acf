// The contract of a workspace's daily experiment decisions: names and types only (imported by the
// sandbox, the worker that implements the activity and whoever keeps the schedule).

/** Workflow type name of the daily winner decisions of a workspace's experiments. */
export const EXPERIMENT_DECISIONS_WORKFLOW = 'experimentDecisions';

/** The Temporal Schedule of a workspace's experiment decisions (one per workspace). */
export function experimentDecisionsScheduleId(workspaceId: string): string {
  return `experiment-decisions:${workspaceId}`;
}

export interface ExperimentDecisionsInput {
  workspaceId: string;
}

/** What one run did: experiments looked at, and winners chosen. */
export interface ExperimentDecisionsSummary {
  checked: number;
  decided: number;
}

export type ExperimentDecisionsWorkflow = (input: ExperimentDecisionsInput) => Promise<ExperimentDecisionsSummary>;

export interface ExperimentDecisionActivities {
  /**
   * Checks every auto-winner experiment of the workspace's live journeys as of `now` (ISO): records
   * the winner where the test is sure (with why, in the audit log too), else what it saw.
   */
  decideExperiments(input: { workspaceId: string; now: string }): Promise<ExperimentDecisionsSummary>;
}
