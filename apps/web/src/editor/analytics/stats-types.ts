// The shapes this folder reads from `analytics.nodeStats` / `analytics.live`, kept structural so
// the pure helpers and their tests do not depend on the server's router.

/** One step's figures: entered, waiting now, left by each port, errors. */
export interface StepStats {
  stepId: string;
  entered: number;
  waiting: number;
  left: Readonly<Record<string, number>>;
  errors: number;
}

export interface NodeStatsValue {
  journeyId: string;
  versionId: string | null;
  nodes: readonly StepStats[];
}
