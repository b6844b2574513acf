// The shape of `simulation.run`'s answer this folder reads (structural, so it stands without the router).

export interface SimulatedStep {
  stepId: string;
  nodeType: string;
  visit: number;
  enteredAt: string;
  leftAt: string | null;
  port: string | null;
  messages: readonly { channel: string; subject?: string | null; body: string }[];
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
