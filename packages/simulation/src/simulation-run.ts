import type { JourneyIR } from '@wayfarer/journey';
import type { CustomerSnapshot } from '@wayfarer/nodes/runtime';
import type { RunStepResult, StepEventRecord } from '@wayfarer/workflows';
import type { SimulatedChange, SimulatedMessage, SimulatedReward } from './simulation.schema';

/** One step visit as the simulation saw it; times are workflow time (ISO). */
export interface VisitRecord {
  stepId: string;
  visit: number;
  enteredAt: string | null;
  leftAt: string | null;
  port: string | null;
  messages: SimulatedMessage[];
  rewards: SimulatedReward[];
  changes: SimulatedChange[];
}

/** Where a simulated step's effects are recorded. */
export interface VisitRef {
  stepId: string;
  visit: number;
}

/**
 * Everything one simulation records in memory instead of writing it: the customer snapshot the
 * steps change, the visits with their messages, rewards and profile changes, receipts and goal.
 */
export class SimulationRun {
  private readonly visits = new Map<string, VisitRecord>();
  readonly receipts = new Map<string, RunStepResult>();
  /** Latest output of each step, as templates read it (`steps.<id>`). */
  readonly outputs: Record<string, Record<string, unknown>> = {};
  /** Streak state of simulated check-ins, by streak key. */
  readonly streaks = new Map<string, { lastDate: string; current: number; longest: number }>();
  /** Arms of experiments in this run, by step id (forced, or drawn once and kept on re-entry). */
  readonly arms = new Map<string, number>();
  goalReachedAt: string | null = null;
  /** The reason the journey closed with (`simulation_horizon` when the horizon ended it). */
  finishReason: string | null = null;
  private sequence = 0;

  constructor(
    readonly id: string,
    readonly workspaceId: string,
    readonly ir: JourneyIR,
    readonly customer: CustomerSnapshot,
    /** Real time (ms) the simulation started: simulated timestamps count from it. */
    readonly startedAtMs: number,
    /** Experiment arms the test run forces, by step id. */
    readonly forcedArms: Readonly<Record<string, number>> = {},
  ) {}

  /** A fresh id for a simulated message, ledger entry or coupon. */
  nextId(kind: string): string {
    this.sequence += 1;
    return `simulated-${kind}-${this.sequence}`;
  }

  visit(ref: VisitRef): VisitRecord {
    const key = `${ref.stepId}:${ref.visit}`;
    let record = this.visits.get(key);
    if (record === undefined) {
      record = { ...ref, enteredAt: null, leftAt: null, port: null, messages: [], rewards: [], changes: [] };
      this.visits.set(key, record);
    }
    return record;
  }

  /** Applies step events as the worker would write them; an entered time is kept from its first record. */
  trail(records: readonly StepEventRecord[]): void {
    for (const record of records) {
      const visit = this.visit(record);
      if (record.kind === 'entered') visit.enteredAt ??= record.at;
      else {
        visit.leftAt = record.at;
        visit.port = record.port ?? null;
      }
    }
  }

  /** The visits in the order they were entered. */
  visitList(): VisitRecord[] {
    return [...this.visits.values()].filter((visit) => visit.enteredAt !== null);
  }
}
