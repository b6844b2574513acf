/**
 * A one-slot mailbox between a push source and an async consumer: a newer value replaces one not
 * yet taken (a live view wants the latest state, not every intermediate one).
 */
export class LatestValue<T> {
  private pending: { value: T } | null = null;
  private waiter: ((value: { value: T } | null) => void) | null = null;

  push(value: T): void {
    if (this.waiter) {
      const wake = this.waiter;
      this.waiter = null;
      wake({ value });
    } else this.pending = { value };
  }

  /** The next value, or null once `signal` aborts. */
  async take(signal: AbortSignal): Promise<{ value: T } | null> {
    if (this.pending) {
      const taken = this.pending;
      this.pending = null;
      return taken;
    }
    if (signal.aborted) return null;
    return new Promise((resolve) => {
      const onAbort = (): void => {
        this.waiter = null;
        resolve(null);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.waiter = (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      };
    });
  }
}
