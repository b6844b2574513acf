// Keyset cursors of the read models: `<timestamptz as Postgres prints it>|<uuid>`. The text form keeps
// microseconds (a JS Date would truncate them and skip or repeat rows at a page boundary).

/** The cursor's parts, or null when there is none (or it has no separator). */
export function splitCursor(cursor: string | undefined): { at: string; id: string } | null {
  if (cursor === undefined) return null;
  const separator = cursor.lastIndexOf('|');
  if (separator <= 0) return null;
  return { at: cursor.slice(0, separator), id: cursor.slice(separator + 1) };
}
