// The workspace's message template library. Content is opaque JSON here; the API validates it
// against the send node's content schema. Names are unique per workspace.
import { assertChannelName } from '../channel-names';
import type { Db } from '../connect';
import { DataError } from '../errors';
import { toJson } from '../json';
import type { MessageTemplate, MessageTemplatesTable } from '../schema';
import { writeUniqueName, type NamedWrite } from '../unique-names';

export type MessageTemplateChannel = MessageTemplatesTable['channel'];

/** What a template is made of (everything but its id and timestamps). */
export interface MessageTemplateInput {
  name: string;
  channel: MessageTemplateChannel;
  content: Record<string, unknown>;
}

/** A write that kept the library consistent, or the name another template of the workspace has. */
export type MessageTemplateWrite = NamedWrite<MessageTemplate>;

const notFound = (id: string) => new DataError('not_found', `No message template ${id} in this workspace.`);

/** The workspace's templates by name. */
export async function listMessageTemplates(db: Db, workspaceId: string): Promise<MessageTemplate[]> {
  return db.selectFrom('messageTemplates').selectAll().where('workspaceId', '=', workspaceId).orderBy('name').execute();
}

/** One template; NOT_FOUND for another workspace's, like one that never was. */
export async function getMessageTemplate(db: Db, workspaceId: string, id: string): Promise<MessageTemplate> {
  const row = await db
    .selectFrom('messageTemplates')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound(id);
  return row;
}

export async function createMessageTemplate(
  db: Db,
  workspaceId: string,
  input: MessageTemplateInput,
): Promise<MessageTemplateWrite> {
  assertChannelName(input.channel);
  return writeUniqueName(() =>
    db
      .insertInto('messageTemplates')
      .values({ workspaceId, ...input, content: toJson(input.content), updatedAt: new Date() })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
}

/** Changes the fields given; NOT_FOUND for another workspace's template. */
export async function updateMessageTemplate(
  db: Db,
  workspaceId: string,
  id: string,
  patch: Partial<MessageTemplateInput>,
): Promise<MessageTemplateWrite> {
  const { content, ...rest } = patch;
  if (rest.channel !== undefined) assertChannelName(rest.channel);
  return writeUniqueName(async () => {
    const row = await db
      .updateTable('messageTemplates')
      .set({ ...rest, ...(content === undefined ? {} : { content: toJson(content) }), updatedAt: new Date() })
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw notFound(id);
    return row;
  });
}

/** Deletes the template; journeys that copied it keep their copy. */
export async function removeMessageTemplate(db: Db, workspaceId: string, id: string): Promise<void> {
  const result = await db
    .deleteFrom('messageTemplates')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (result.numDeletedRows === 0n) throw notFound(id);
}
