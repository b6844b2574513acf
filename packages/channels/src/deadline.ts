/** Why an attempt's signal fired. */
export type StopReason = 'timeout' | 'aborted';

/** One attempt's time budget combined with the caller's cancellation. */
export interface Deadline {
  signal: AbortSignal;
  /** Why the signal fired, or undefined while it has not. */
  reason(): StopReason | undefined;
  /** Clears the timer; call when the attempt is over. */
  dispose(): void;
}

/** Starts a deadline of `timeoutMs` that also fires when `callerSignal` does. */
export function startDeadline(timeoutMs: number, callerSignal?: AbortSignal): Deadline {
  const controller = new AbortController();
  let stopped: StopReason | undefined;
  const stop = (why: StopReason) => {
    if (stopped !== undefined) return;
    stopped = why;
    controller.abort(new Error(why === 'timeout' ? `timed out after ${timeoutMs} ms` : 'cancelled by the caller'));
  };
  const timer = setTimeout(() => stop('timeout'), timeoutMs);
  const onAbort = () => stop('aborted');
  if (callerSignal?.aborted) stop('aborted');
  else callerSignal?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    reason: () => stopped,
    dispose: () => {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onAbort);
    },
  };
}

/**
 * Settles like `work`, or rejects when `signal` fires first — for SDKs that take no AbortSignal.
 * The abandoned call may still finish; providers' idempotency keys make a later retry safe.
 */
export function raceSignal<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  work.catch(() => undefined); // an abandoned call's late rejection is not unhandled
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    void work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
