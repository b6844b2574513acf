import { Context } from '@temporalio/activity';

/** Seconds since the current activity attempt was scheduled (its wait on the queue and the pacer); 0 outside one. */
export function secondsSinceScheduled(): number {
  try {
    return (Date.now() - Context.current().info.currentAttemptScheduledTimestampMs) / 1000;
  } catch {
    return 0;
  }
}
