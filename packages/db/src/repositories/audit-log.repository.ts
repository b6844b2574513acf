import type { Db } from '../connect';
import { toJson } from '../json';
import type { AuditEntry, AuditLogTable } from '../schema';

export interface NewAuditEntry {
  workspaceId: string;
  actorType: AuditLogTable['actorType'];
  actorId: string;
  action: string;
  entityType: string | null;
  entityId: string | null;
  /** Already redacted by the caller: this layer stores what it is given. */
  diff: Record<string, unknown>;
  requestId: string | null;
}

/** Appends one entry; entries are never changed afterwards. */
export async function insertAuditEntry(db: Db, entry: NewAuditEntry): Promise<AuditEntry> {
  return db
    .insertInto('auditLog')
    .values({ ...entry, diff: toJson(entry.diff) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface AuditFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorId?: string | undefined;
  /** Exact procedure path, a prefix ending in `.` (`journeys.`), or a verb starting with `.` (`.publish`). */
  action?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** The last entry of the previous page. */
  after?: { at: Date; id: string } | undefined;
  limit: number;
}

/** The workspace's entries matching the filter, newest first. */
export async function listAuditEntries(db: Db, workspaceId: string, filter: AuditFilter): Promise<AuditEntry[]> {
  let query = db.selectFrom('auditLog').selectAll().where('workspaceId', '=', workspaceId);
  if (filter.entityType !== undefined) query = query.where('entityType', '=', filter.entityType);
  if (filter.entityId !== undefined) query = query.where('entityId', '=', filter.entityId);
  if (filter.actorId !== undefined) query = query.where('actorId', '=', filter.actorId);
  if (filter.action !== undefined) {
    const action = filter.action;
    const literal = action.replace(/[\\%_]/g, '\\$&');
    query = action.endsWith('.')
      ? query.where('action', 'like', `${literal}%`)
      : action.startsWith('.')
        ? query.where('action', 'like', `%${literal}`)
        : query.where('action', '=', action);
  }
  if (filter.from !== undefined) query = query.where('at', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('at', '<', filter.to);
  const after = filter.after;
  if (after !== undefined) {
    query = query.where((eb) =>
      eb.or([eb('at', '<', after.at), eb.and([eb('at', '=', after.at), eb('id', '<', after.id)])]),
    );
  }
  return query.orderBy('at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
}
