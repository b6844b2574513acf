import type { SegmentRecord } from '@wayfarer/db';
import type { JourneyIR } from '@wayfarer/journey';
import type { CustomerSnapshot } from '@wayfarer/nodes/runtime';
import type { RunStepResult, SimulatedEntry, SimulationFact, StepEventRecord } from '@wayfarer/workflows';
import type { SimulatedChange, SimulatedMessage, SimulatedReward } from './simulation.schema';

/** One step visit as the simulation saw it; times are workflow time (ISO). */
export interface VisitRecord {
  /** Which entry into the journey (1 = the test run's own; later ones were started by events). */
  entry: number;
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
  entry: number;
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
  /** The entries into the journey, by enrollment id: their number and whether they are still inside. */
  readonly entries = new Map<string, { entry: number; running: boolean; enteredAt: Date; reason: string | null }>();
  /** What routing each fact decided, by the fact and its time: a retried activity repeats the answer. */
  readonly routedFacts = new Map<string, SimulatedEntry | null>();
  /** Messages sent in this run (caps and smart sending count them), on the simulated clock. */
  readonly sent: { channel: string; templateKey: string; at: number }[] = [];
  /** The customer's events in this run (injected, produced, segment facts), on the simulated clock. */
  readonly events: { id: string; name: string; properties: Record<string, unknown>; at: Date }[] = [];
  /** Points granted (positive) or deducted in this run, on the simulated clock. */
  readonly ledger: { delta: number; reason: string; at: Date; expiresInMonths: number | null }[] = [];
  /** The workspace's active segments, read when the run starts. */
  segments: SegmentRecord[] = [];
  /** Whether an "Evaluate tier" step placed the customer (then `customer.tier` is the program's). */
  tierEvaluated = false;
  /** A made-up customer's starting balance (a stored customer's is in their ledger). */
  readonly startingPoints: number;
  /** Workflow time (ms) of the real start `startedAtMs`, told by the simulation workflow. */
  workflowStartMs: number | null = null;
  /** Hands a fact a step produced to the simulation workflow, which routes it (set by the engine). */
  routeFact: (fact: SimulationFact) => Promise<void> = () => Promise.resolve();
  goalReachedAt: string | null = null;
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
    /** Whether consent, frequency caps, smart sending and quiet hours apply as they would for real. */
    readonly sendingRules: 'apply' | 'ignore' = 'apply',
  ) {
    this.startingPoints = customer.id.startsWith('simulation:') ? customer.points : 0;
    this.entries.set(id, { entry: 1, running: true, enteredAt: new Date(startedAtMs), reason: null });
  }

  /** The run an enrollment id of this simulation belongs to (`<run id>#<entry>` for later entries). */
  static runIdOf(enrollmentId: string): string {
    return enrollmentId.split('#')[0] ?? enrollmentId;
  }

  /** The entry number of an enrollment id of this run. */
  entryOf(enrollmentId: string): number {
    return this.entries.get(enrollmentId)?.entry ?? 1;
  }

  /** The reason an entry closed with (`simulation_horizon` when the horizon ended it). */
  finishReasonOf(entry: number): string | null {
    return [...this.entries.values()].find((candidate) => candidate.entry === entry)?.reason ?? null;
  }

  /**
   * Records a fact on the visit (an event stored, at `at`) and routes it like the event router
   * would; `change` is how the panel shows it.
   */
  async emit(ref: VisitRef, fact: SimulationFact, change: SimulatedChange, at: Date): Promise<void> {
    this.visit(ref).changes.push(change);
    if (fact.kind === 'event') this.events.push({ ...fact.event, at });
    await this.routeFact(fact);
  }

  /** A fresh id for a simulated message, ledger entry or coupon. */
  nextId(kind: string): string {
    this.sequence += 1;
    return `simulated-${kind}-${this.sequence}`;
  }

  visit(ref: VisitRef): VisitRecord {
    const key = `${ref.entry}:${ref.stepId}:${ref.visit}`;
    let record = this.visits.get(key);
    if (record === undefined) {
      record = { ...ref, enteredAt: null, leftAt: null, port: null, messages: [], rewards: [], changes: [] };
      this.visits.set(key, record);
    }
    return record;
  }

  /** Applies step events as the worker would write them; an entered time is kept from its first record. */
  trail(entry: number, records: readonly StepEventRecord[]): void {
    for (const record of records) {
      const visit = this.visit({ entry, stepId: record.stepId, visit: record.visit });
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
