import { isConnectionLoss } from './connection-errors';
import { backoffDelayMs, sleep } from './backoff';

/** Tries of a unit of work, the first included, when its connection keeps being lost. */
export const CONNECTION_LOSS_ATTEMPTS = 4;

/**
 * Runs `work` again when the connection to Postgres was lost during it, up to `attempts` tries with
 * backoff; any other failure is thrown at once. Only for work that is safe to repeat as a whole —
 * a transaction that is idempotent on its own key (a step visit's receipt): when the connection is
 * lost during COMMIT, the first try may have committed.
 */
export async function retryOnConnectionLoss<T>(
  work: () => Promise<T>,
  attempts: number = CONNECTION_LOSS_ATTEMPTS,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isConnectionLoss(error)) throw error;
      await sleep(backoffDelayMs(attempt));
    }
  }
}
