/**
 * A copy of `value` with `replacement` at the dotted `path` (`conditions.0.tier`); objects and
 * arrays along the path are copied, everything else is shared. A path that leads nowhere changes nothing.
 */
export function setAtPath(value: unknown, path: string, replacement: unknown): unknown {
  const [head, ...rest] = path.split('.');
  if (head === undefined || head === '') return replacement;
  const next = (child: unknown) => (rest.length === 0 ? replacement : setAtPath(child, rest.join('.'), replacement));
  if (Array.isArray(value)) {
    const index = Number(head);
    if (!Number.isInteger(index) || index < 0 || index >= value.length) return value;
    return value.map((item: unknown, at) => (at === index ? next(item) : item));
  }
  if (value === null || typeof value !== 'object') return value;
  return { ...value, [head]: next((value as Record<string, unknown>)[head]) };
}
