// The shape of `simulation.run`'s answer this folder reads (structural, so it stands without the router).

/** A message of a step; no status means sent. */
export interface SimulatedMessage {
  channel: string;
  subject?: string | null;
  body: string;
  status?: 'sent' | 'skipped' | 'deferred' | 'failed';
  reason?: string;
  detail?: string;
  /** When a deferred message is tried again. */
  until?: string;
}

export interface SimulatedStep {
  /** 1: the test run's own entry; later ones were started by events in the run. */
  entry: number;
  stepId: string;
  nodeType: string;
  visit: number;
  enteredAt: string;
  leftAt: string | null;
  port: string | null;
  messages: readonly SimulatedMessage[];
  rewards: readonly { kind: string; summary: string; detail?: unknown }[];
  changes: readonly { kind: string; summary: string }[];
}

export interface SimulationResult {
  startedAt: string;
  endedAt: string;
  outcome: 'completed' | 'exited' | 'waiting';
  exitReason: string | null;
  steps: readonly SimulatedStep[];
  goalReachedAt: string | null;
  elapsedMs: number;
}
