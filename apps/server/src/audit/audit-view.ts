import type { AuditEntry, AuditNames } from '@wayfarer/db';

/** The system's own changes are signed with the product's name. */
const systemName = 'Wayfarer';

function actorNameOf(entry: AuditEntry, names: AuditNames): string | null {
  if (entry.actorType === 'system') return systemName;
  const byId = entry.actorType === 'user' ? names.users : names.apiKeys;
  return byId.get(entry.actorId) ?? null;
}

/**
 * An audit entry as the API shows it. `actorName` is null for a member who has left the workspace;
 * `entityName` is null when the entity has no name or no longer exists.
 */
export function toAuditView(entry: AuditEntry, names: AuditNames) {
  const entityNames = entry.entityType === null ? undefined : names.entities.get(entry.entityType);
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    actorType: entry.actorType,
    actorId: entry.actorId,
    actorName: actorNameOf(entry, names),
    entityName: entry.entityId === null ? null : (entityNames?.get(entry.entityId) ?? null),
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
