import { condition } from '@temporalio/workflow';
import { flushTrail } from './flush';
import type { RunContext } from './run-context';

/** Waits at least this long get their step events written first, so reports show who is waiting. */
export const LONG_WAIT_MS = 60_000;

/** What the customer is waiting for, as the `state` query shows it. */
export type WaitTarget = { kind: 'timer' } | { kind: 'event'; event: string };

/** How a wait ended. An exit wins over a match that happens in the same instant. */
export type WaitResult = 'done' | 'timeout' | 'exit';

/**
 * Durably waits up to `ms` for `done()`, and stops early when the journey is told to exit (the
 * exit flag is part of the condition, so an exit never waits for the timer).
 */
export async function waitFor(
  ctx: RunContext,
  ms: number,
  target: WaitTarget,
  done: () => boolean,
): Promise<WaitResult> {
  const { state } = ctx;
  const until = new Date(Date.now() + Math.max(0, ms)).toISOString();
  state.waitingFor = target.kind === 'timer' ? { kind: 'timer', until } : { kind: 'event', event: target.event, until };
  try {
    if (ms >= LONG_WAIT_MS) await flushTrail(ctx);
    const exiting = (): boolean => state.exitReason !== null;
    // A zero-length wait needs no timer; the outcome is decided by what is already known.
    const settled = ms > 0 ? await condition(() => done() || exiting(), ms) : done();
    if (exiting()) return 'exit';
    return settled ? 'done' : 'timeout';
  } finally {
    state.waitingFor = null;
  }
}
