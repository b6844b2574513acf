import type { EnrollmentOutcome, ExitReason, JourneyState, JourneyWorkflowInput, ResumePoint } from './contract';

type Waiting = JourneyState['waitingFor'];

/**
 * The mutable bookkeeping of one run: where the customer is, how often each step was entered,
 * whether an exit was asked for. Shared by the walk loop and the signal handlers.
 */
export class RunState {
  private readonly visits: Map<string, number>;
  private readonly stepsAtRunStart: number;
  stepsWalked: number;
  goalReached: boolean;
  currentStepId: string | null = null;
  waitingFor: Waiting = null;
  /** Set by the first exit request; later requests keep the first reason. */
  exitReason: ExitReason | null = null;
  ended: EnrollmentOutcome | null = null;

  constructor(resume: ResumePoint | undefined) {
    this.visits = new Map(Object.entries(resume?.visits ?? {}));
    this.stepsWalked = resume?.stepsWalked ?? 0;
    this.stepsAtRunStart = this.stepsWalked;
    this.goalReached = resume?.goalReached ?? false;
  }

  /** Records entering a step and returns its visit number (1 on the first visit, across runs). */
  enter(stepId: string): number {
    const visit = (this.visits.get(stepId) ?? 0) + 1;
    this.visits.set(stepId, visit);
    this.stepsWalked += 1;
    this.currentStepId = stepId;
    return visit;
  }

  /** Steps entered by this run (continue-as-new counts these). */
  get stepsThisRun(): number {
    return this.stepsWalked - this.stepsAtRunStart;
  }

  requestExit(reason: ExitReason): void {
    this.exitReason ??= reason;
  }

  end(outcome: EnrollmentOutcome): void {
    this.ended = outcome;
    this.currentStepId = null;
    this.waitingFor = null;
  }

  /** Visit counters as carried into the next run. */
  visitCounts(): Record<string, number> {
    return Object.fromEntries(this.visits);
  }

  /** The `state` query's answer. */
  snapshot(input: JourneyWorkflowInput): JourneyState {
    return {
      enrollmentId: input.enrollmentId,
      journeyVersionId: input.journeyVersionId,
      currentStepId: this.currentStepId,
      status: this.ended ?? (this.waitingFor === null ? 'running' : 'waiting'),
      waitingFor: this.waitingFor,
      stepsWalked: this.stepsWalked,
      goalReached: this.goalReached,
    };
  }
}
