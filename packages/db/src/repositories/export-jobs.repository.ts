// Export jobs: the row holds the cursor (the last customer id written, pages go in id order) and
// the count; a page and its cursor move are written in one transaction by compare-and-set, so a
// page lands in the file once however often it is tried.
import type { Db } from '../connect';
import { DataError } from '../errors';
import type { CustomerExport } from '../imports-schema';
import { toJson } from '../json';

export interface NewExport {
  workspaceId: string;
  segmentId: string | null;
  columns: string[];
  fileId: string;
  total: number;
}

export async function createExport(db: Db, input: NewExport): Promise<CustomerExport> {
  return db
    .insertInto('customerExports')
    .values({ ...input, columns: toJson(input.columns), status: 'running', cursor: null, error: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findExport(db: Db, exportId: string): Promise<CustomerExport | undefined> {
  return db.selectFrom('customerExports').selectAll().where('id', '=', exportId).executeTakeFirst();
}

/** The workspace's export; `not_found` for another workspace's. */
export async function getExport(db: Db, workspaceId: string, exportId: string): Promise<CustomerExport> {
  const row = await db
    .selectFrom('customerExports')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', exportId)
    .executeTakeFirst();
  if (!row) throw new DataError('not_found', `No export ${exportId} in this workspace.`);
  return row;
}

/** The workspace's exports, newest first. */
export async function listExports(db: Db, workspaceId: string, limit: number): Promise<CustomerExport[]> {
  return db
    .selectFrom('customerExports')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Moves a running export's cursor past a page; undefined if the cursor moved meanwhile or it stopped running. */
export async function advanceExport(
  trx: Db,
  advance: { exportId: string; fromCursor: string | null; toCursor: string; exported: number },
): Promise<CustomerExport | undefined> {
  let query = trx
    .updateTable('customerExports')
    .set((eb) => ({ cursor: advance.toCursor, exported: eb('exported', '+', advance.exported) }))
    .where('id', '=', advance.exportId)
    .where('status', '=', 'running');
  query =
    advance.fromCursor === null ? query.where('cursor', 'is', null) : query.where('cursor', '=', advance.fromCursor);
  return query.returningAll().executeTakeFirst();
}

/** Ends a running export; one that has ended keeps its first outcome. */
export async function finishExport(
  db: Db,
  input: { exportId: string; status: 'completed' | 'failed' | 'cancelled'; error?: string },
): Promise<CustomerExport | undefined> {
  await db
    .updateTable('customerExports')
    .set({ status: input.status, error: input.error ?? null, finishedAt: new Date() })
    .where('id', '=', input.exportId)
    .where('status', '=', 'running')
    .execute();
  return findExport(db, input.exportId);
}

/** How many customers an export of the workspace (or of one segment's or list's members) writes. */
export async function countCustomersToExport(
  db: Db,
  input: { workspaceId: string; segmentId: string | null },
): Promise<number> {
  const { segmentId } = input;
  const row =
    segmentId === null
      ? await db
          .selectFrom('customers')
          .select((eb) => eb.fn.countAll<string>().as('count'))
          .where('workspaceId', '=', input.workspaceId)
          .executeTakeFirstOrThrow()
      : await db
          .selectFrom('segmentMemberships')
          .innerJoin('customers', 'customers.id', 'segmentMemberships.customerId')
          .select((eb) => eb.fn.countAll<string>().as('count'))
          .where('customers.workspaceId', '=', input.workspaceId)
          .where('segmentMemberships.segmentId', '=', segmentId)
          .executeTakeFirstOrThrow();
  return Number(row.count);
}
