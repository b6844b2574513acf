// Library templates as the API returns them, and the field-naming errors its writes give.
import type { MessageTemplate, MessageTemplateWrite } from '@wayfarer/db';
import { sendContentSchema } from '@wayfarer/nodes';
import { fieldError } from '../trpc/field-error';

/** A row as the client sees it: typed content, ISO dates. */
export function toApiTemplate(row: MessageTemplate) {
  return {
    id: row.id,
    name: row.name,
    channel: row.channel,
    content: sendContentSchema.parse(row.content),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The template written, or a 400 on `name` when another template of the workspace has it. */
export function writtenTemplate(write: MessageTemplateWrite, name: string | undefined) {
  if (write.ok) return toApiTemplate(write.row);
  throw fieldError('name', `A template named "${name ?? ''}" already exists in this workspace.`);
}
