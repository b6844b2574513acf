/** Exponential backoff with jitter: about 50 ms, 100 ms, 200 ms … capped at 2 s. */
export function backoffDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(2_000, 50 * 2 ** Math.min(attempt, 10));
  return Math.round(base * (0.5 + random() / 2));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
