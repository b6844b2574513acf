// "What changed" of an entity: the top-level fields whose values differ, before and after. Values
// are compared as JSON, so a re-saved but identical graph is no change.

export type FieldDiff = Record<string, { before: unknown; after: unknown }>;

type Snapshot = Record<string, unknown>;

function asJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** The changed fields; a missing snapshot (created, deleted) counts as every field absent (null). */
export function fieldDiff(before: Snapshot | null, after: Snapshot | null): FieldDiff {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const diff: FieldDiff = {};
  for (const key of keys) {
    const was = before?.[key] ?? null;
    const now = after?.[key] ?? null;
    if (asJson(was) !== asJson(now)) diff[key] = { before: was, after: now };
  }
  return diff;
}
