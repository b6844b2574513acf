// Rows whose names are unique per workspace (templates, LINE forms): a write that hits another
// row's name is an answer the API turns into a 400 on `name`, not an exception.

/** Postgres' unique_violation. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

/** A write, or the name another row of the workspace has. */
export type NamedWrite<Row> = { ok: true; row: Row } | { ok: false; code: 'name_taken' };

/** Runs a write whose only unique constraint is (workspace_id, name). */
export async function writeUniqueName<Row>(write: () => Promise<Row>): Promise<NamedWrite<Row>> {
  try {
    return { ok: true, row: await write() };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, code: 'name_taken' };
    throw error;
  }
}
