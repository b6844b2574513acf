/**
 * Runs one start-up step between two progress lines ("→ label …", "✓ label, detail (1.2 s)"), so a
 * first start that installs and initialises things shows what it is doing and how long it took.
 */
export async function step<T>(
  label: string,
  run: () => Promise<T>,
  detail: (result: T) => string = () => '',
  log: (line: string) => void = console.log,
): Promise<T> {
  const started = Date.now();
  log(`→ ${label} …`);
  const result = await run();
  const said = detail(result);
  log(`✓ ${label}${said ? `: ${said}` : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}
