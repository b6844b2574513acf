// LIFF forms of a workspace. Fields are opaque JSON here; the API validates them. Names are unique
// per workspace.
import type { Db } from '../connect';
import { DataError } from '../errors';
import { toJson } from '../json';
import type { LiffFormRow } from '../liff-schema';
import { writeUniqueName, type NamedWrite } from '../unique-names';

/** What a form is made of (everything but its id and timestamps). */
export interface LiffFormInput {
  name: string;
  liffId: string;
  eventName: string;
  fields: unknown[];
}

/** A write, or the name another form of the workspace has. */
export type LiffFormWrite = NamedWrite<LiffFormRow>;

const notFound = (id: string) => new DataError('not_found', `No LINE form ${id} in this workspace.`);

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
  return writeUniqueName(() =>
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
  return writeUniqueName(async () => {
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
}

export async function removeLiffForm(db: Db, workspaceId: string, id: string): Promise<void> {
  const result = await db
    .deleteFrom('liffForms')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw notFound(id);
}
