// LIFF forms of a workspace. Fields are opaque JSON here; the API validates them. Names are unique
// per workspace.
import type { Db } from '../connect';
import { DataError } from '../errors';
import { toJson } from '../json';
import type { LiffFormRow } from '../liff-schema';

/** What a form is made of (everything but its id and timestamps). */
export interface LiffFormInput {
  name: string;
  liffId: string;
  eventName: string;
  fields: unknown[];
}

/** A write, or the name another form of the workspace has. */
export type LiffFormWrite = { ok: true; form: LiffFormRow } | { ok: false; code: 'name_taken' };

const notFound = (id: string) => new DataError('not_found', `No LINE form ${id} in this workspace.`);

async function guardName(write: () => Promise<LiffFormRow>): Promise<LiffFormWrite> {
  try {
    return { ok: true, form: await write() };
  } catch (error) {
    // unique_violation: (workspace_id, name) is the only unique constraint a write can hit.
    if ((error as { code?: unknown }).code === '23505') return { ok: false, code: 'name_taken' };
    throw error;
  }
}

export async function listLiffForms(db: Db, workspaceId: string): Promise<LiffFormRow[]> {
  return db.selectFrom('liffForms').selectAll().where('workspaceId', '=', workspaceId).orderBy('name').execute();
}

/** The workspace's form; `not_found` for another workspace's. */
export async function getLiffForm(db: Db, workspaceId: string, id: string): Promise<LiffFormRow> {
  const row = await db
    .selectFrom('liffForms')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound(id);
  return row;
}

/** The form a public page names by id alone (its workspace is the form's). */
export async function findLiffForm(db: Db, id: string): Promise<LiffFormRow | undefined> {
  return db.selectFrom('liffForms').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function createLiffForm(db: Db, workspaceId: string, input: LiffFormInput): Promise<LiffFormWrite> {
  return guardName(() =>
    db
      .insertInto('liffForms')
      .values({ workspaceId, ...input, fields: toJson(input.fields), updatedAt: new Date() })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
}

export async function updateLiffForm(
  db: Db,
  workspaceId: string,
  id: string,
  input: LiffFormInput,
): Promise<LiffFormWrite> {
  const write = await guardName(async () => {
    const row = await db
      .updateTable('liffForms')
      .set({ ...input, fields: toJson(input.fields), updatedAt: new Date() })
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw notFound(id);
    return row;
  });
  return write;
}

export async function removeLiffForm(db: Db, workspaceId: string, id: string): Promise<void> {
  const result = await db
    .deleteFrom('liffForms')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw notFound(id);
}
