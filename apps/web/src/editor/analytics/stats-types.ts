// The shapes this folder reads from `analytics.nodeStats` / `analytics.live`, kept structural so
// the pure helpers and their tests do not depend on the server's router.

/** How many of a step's messages ended one way (`sent`, `skipped`, `failed`), for one reason. */
export interface StepOutcome {
  outcome: string;
  reason: string | null;
  count: number;
}

/** One step's figures: entered, waiting now, left by each port, errors, and its messages' fates. */
export interface StepStats {
  stepId: string;
  entered: number;
  waiting: number;
  left: Readonly<Record<string, number>>;
  errors: number;
  /** Visits that ended the journey here by an open path (a port with nothing connected). */
  ended?: number;
  /** Empty for steps that write no messages. */
  outcomes?: readonly StepOutcome[];
}

export interface NodeStatsValue {
  journeyId: string;
  versionId: string | null;
  nodes: readonly StepStats[];
}
