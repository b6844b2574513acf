/** The fields of an audit entry that decide how it reads and groups. */
export interface AuditRowEntry {
  id: string;
  at: string;
  actorType: string;
  actorId: string;
  action: string;
  entityId: string | null;
}

/** The procedure the journey editor's autosave calls; a run of them reads as one edit. */
export const autosaveAction = 'journeys.saveDraft';

export type AuditRow<E extends AuditRowEntry> =
  { kind: 'entry'; entry: E } | { kind: 'autosaves'; key: string; entries: E[] };

function continuesRun<E extends AuditRowEntry>(run: E[] | undefined, entry: E): run is E[] {
  const first = run?.[0];
  return (
    first !== undefined &&
    first.actorType === entry.actorType &&
    first.actorId === entry.actorId &&
    first.entityId === entry.entityId
  );
}

/**
 * Rows of the loaded entries (newest first): consecutive autosaves by one actor on one journey
 * become one row. It runs over every loaded page, so a run the next page continues grows its count.
 */
export function auditRows<E extends AuditRowEntry>(entries: readonly E[]): AuditRow<E>[] {
  const rows: AuditRow<E>[] = [];
  for (const entry of entries) {
    const last = rows.at(-1);
    if (entry.action === autosaveAction && last?.kind === 'autosaves' && continuesRun(last.entries, entry)) {
      last.entries.push(entry);
    } else if (entry.action === autosaveAction) {
      rows.push({ kind: 'autosaves', key: entry.id, entries: [entry] });
    } else {
      rows.push({ kind: 'entry', entry });
    }
  }
  // A lone autosave reads like any other entry.
  return rows.map((row) =>
    row.kind === 'autosaves' && row.entries.length === 1 ? { kind: 'entry', entry: row.entries[0] as E } : row,
  );
}

/** A procedure path in words, for actions the log has no sentence for: `loyalty.couponPools.addCodes` → `loyalty › coupon pools › add codes`. */
export function readableAction(action: string): string {
  return action
    .split('.')
    .map((part) => part.replace(/([a-z\d])([A-Z])/g, '$1 $2').toLowerCase())
    .join(' › ');
}
