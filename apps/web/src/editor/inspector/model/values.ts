// Immutable edits of config values. The editor records every `onChange` for undo, so a change never
// mutates the value it was given.

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as an object; anything else (a config still being written) reads as empty. */
export function asRecord(value: unknown): Readonly<Record<string, unknown>> {
  return isPlainObject(value) ? value : {};
}

export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A copy with `key` set; `undefined` removes it, so optional fields left empty stay absent. */
export function withKey(value: unknown, key: string, next: unknown): Record<string, unknown> {
  const { [key]: _old, ...rest } = asRecord(value);
  return next === undefined ? rest : { ...asRecord(value), [key]: next };
}

export function replaceAt<T>(items: readonly T[], index: number, next: T): T[] {
  return items.map((item, at) => (at === index ? next : item));
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, at) => at !== index);
}

/** A copy with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const inRange = (index: number) => index >= 0 && index < items.length;
  if (!inRange(from) || !inRange(to) || from === to) return [...items];
  const rest = removeAt(items, from);
  return [...rest.slice(0, to), items[from] as T, ...rest.slice(to)];
}
