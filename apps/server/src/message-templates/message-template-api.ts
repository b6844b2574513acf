// Library templates as the API returns them, and the field-naming errors its writes give.
import { TRPCError } from '@trpc/server';
import type { MessageTemplate, MessageTemplateWrite } from '@wayfarer/db';
import { sendContentSchema } from '@wayfarer/nodes';
import { z } from 'zod';

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

/** A 400 whose `issues` name the field, as input validation reports it (see error-translation.ts). */
export function fieldError(field: string, message: string): TRPCError {
  // Made by a failing parse: a ZodError built with `new` is not an Error, and tRPC would wrap it.
  const failed = z.object({ [field]: z.unknown().refine(() => false, message) }).safeParse({});
  return new TRPCError({ code: 'BAD_REQUEST', message, cause: failed.error });
}

/** The template written, or a 400 on `name` when another template of the workspace has it. */
export function writtenTemplate(write: MessageTemplateWrite, name: string | undefined) {
  if (write.ok) return toApiTemplate(write.template);
  throw fieldError('name', `A template named "${name ?? ''}" already exists in this workspace.`);
}
