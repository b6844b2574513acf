import { ActivityFailure, log, setHandler, workflowInfo } from '@temporalio/workflow';
import { recordGoal } from './activities';
import type { ExitJourneyInput, JourneyEvent } from './contract';
import { eventMatches } from './criteria';
import { customerEventSignal, exitJourneySignal } from './messages';
import type { RunContext } from './run-context';

// Payloads come from other processes. A malformed one is dropped with a warning: throwing from a
// handler would fail the workflow task over and over and wedge the customer's journey.
function isJourneyEvent(value: unknown): value is JourneyEvent {
  const event = value as Partial<JourneyEvent> | null;
  return typeof event?.id === 'string' && typeof event.name === 'string';
}

function exitReason(value: unknown): string {
  const reason = (value as Partial<ExitJourneyInput> | null)?.reason;
  return typeof reason === 'string' && reason.trim() !== '' ? reason : 'exit_requested';
}

/** Registers the signal handlers. Signals sent before this are buffered by Temporal and delivered now. */
export function registerSignals(ctx: RunContext): void {
  setHandler(customerEventSignal, async (event: unknown) => {
    if (isJourneyEvent(event)) await onCustomerEvent(ctx, event);
    else log.warn('ignoring a malformed customerEvent signal');
  });
  setHandler(exitJourneySignal, (input: unknown) => ctx.state.requestExit(exitReason(input)));
}

function withinGoalWindow(withinMs: number | undefined): boolean {
  // Measured on workflow time from the start of the enrollment (the whole continue-as-new chain).
  return withinMs === undefined || Date.now() - workflowInfo().startTime.getTime() <= withinMs;
}

/**
 * Stores a new event, then applies the journey-level rules to it: an exit criterion ends the
 * journey wherever the customer is; the goal is recorded the first time it is met. The goal does
 * not end the journey by itself — marketers add the same event as an exit criterion for that.
 */
async function onCustomerEvent(ctx: RunContext, event: JourneyEvent): Promise<void> {
  const { ir, state } = ctx;
  // After the enrollment closed nothing may change it; de-duplicated events were handled already.
  if (state.ended !== null || !ctx.inbox.accept(event)) return;
  const exit = ir.exit.find((criterion) => eventMatches(event, criterion));
  if (exit !== undefined) state.requestExit(`exit_event:${exit.event}`);
  const goal = ir.goal;
  if (state.goalReached || goal === null || !eventMatches(event, goal) || !withinGoalWindow(goal.withinMs)) return;
  // Set before awaiting so a second goal event arriving meanwhile does not record again.
  state.goalReached = true;
  try {
    await recordGoal({ enrollmentId: ctx.input.enrollmentId, eventId: event.id, at: event.timestamp });
  } catch (error) {
    if (!(error instanceof ActivityFailure)) throw error;
    // Let a later goal event try again rather than claim a goal that was never stored.
    state.goalReached = false;
    log.warn('recordGoal failed permanently', { eventId: event.id, error });
  }
}
