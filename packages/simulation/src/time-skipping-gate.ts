import type { Connection } from '@temporalio/client';

/**
 * Opens time skipping on the test server while at least one simulation waits for its result. The
 * SDK's time-skipping client unlocks and locks around each result call, which with two simulations
 * at once leaves time locked under one of them; a count per simulator does not. The lock calls go
 * out one after another so an unlock never overtakes the lock before it.
 */
export function timeSkippingGate(connection: Connection): { during<T>(work: () => Promise<T>): Promise<T> } {
  const testService = connection.testService;
  if (!testService) throw new TypeError('The simulation engine needs the time-skipping test server.');
  let waiting = 0;
  let calls: Promise<unknown> = Promise.resolve();
  const call = (rpc: () => Promise<unknown>) => (calls = calls.then(rpc, rpc));
  return {
    during: async (work) => {
      if (waiting++ === 0) await call(() => testService.unlockTimeSkipping({}));
      try {
        return await work();
      } finally {
        if (--waiting === 0) await call(() => testService.lockTimeSkipping({}));
      }
    },
  };
}
