import type { AuditEntry } from '@wayfarer/db';

/** An audit entry as the API shows it; the cursor of a page is its last entry's `cursor`. */
export function toAuditView(entry: AuditEntry) {
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    actorType: entry.actorType,
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    diff: entry.diff,
    requestId: entry.requestId,
  };
}

export type AuditView = ReturnType<typeof toAuditView>;

/** Opaque keyset cursor: the (at, id) of the last entry shown. */
export function encodeAuditCursor(entry: Pick<AuditEntry, 'at' | 'id'>): string {
  return Buffer.from(JSON.stringify([entry.at.toISOString(), entry.id])).toString('base64url');
}

export function decodeAuditCursor(cursor: string): { at: Date; id: string } | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') return undefined;
    const at = new Date(parsed[0]);
    return Number.isNaN(at.getTime()) ? undefined : { at, id: parsed[1] };
  } catch {
    return undefined;
  }
}
