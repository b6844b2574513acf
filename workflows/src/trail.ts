import type { StepEventRecord } from './contract';

/**
 * Step events of workflow-side steps (trigger, wait, split, end) not yet written. They ride along
 * with the next activity that writes (runStep, recordSteps, finishEnrollment) instead of costing
 * an activity each. Records are dropped only after the write that carried them succeeded.
 */
export class Trail {
  private records: StepEventRecord[] = [];

  entered(stepId: string, visit: number): void {
    this.records.push({ stepId, visit, kind: 'entered', at: new Date().toISOString() });
  }

  /** `port` is absent when the step was interrupted (the journey exited while waiting). */
  left(stepId: string, visit: number, port?: string): void {
    const record: StepEventRecord = { stepId, visit, kind: 'left', at: new Date().toISOString() };
    this.records.push(port === undefined ? record : { ...record, port });
  }

  /** A copy of the unwritten records, to hand to an activity. */
  pending(): StepEventRecord[] {
    return [...this.records];
  }

  /** Forgets `written`, which must be what `pending()` returned (records are only ever appended). */
  commit(written: readonly StepEventRecord[]): void {
    this.records = this.records.slice(written.length);
  }
}
