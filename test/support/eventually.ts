/**
 * Resolves once `check` returns a value, polling observable state (a row, a query answer), or
 * fails after `limitMs`. For waiting on another process; never a fixed sleep.
 */
export async function eventually<T>(check: () => Promise<T | undefined>, limitMs = 60_000): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not reached within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
