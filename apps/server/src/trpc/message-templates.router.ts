// The message template library's API: templates in the send node's content shape, and a preview
// of unsaved content for a real customer of the workspace, rendered by the send step's code.
import {
  createMessageTemplate,
  getMessageTemplate,
  listMessageTemplates,
  removeMessageTemplate,
  updateMessageTemplate,
} from '@wayfarer/db';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { toApiTemplate, writtenTemplate } from '../message-templates/message-template-api';
import {
  createTemplateInput,
  previewInput,
  testSendInput,
  updateTemplateInput,
  writtenForSchema,
} from '../message-templates/message-template-input';
import { previewMessage } from '../message-templates/preview-message';
import { sendTest } from '../message-templates/test-send';
import { router, workspaceProcedure } from './trpc';

const templateRef = z.object({ id: z.uuid() });

export const messageTemplatesRouter = router({
  /** The workspace's templates by name. */
  list: workspaceProcedure.query(async ({ ctx }) =>
    (await listMessageTemplates(ctx.services.db, ctx.workspaceId)).map(toApiTemplate),
  ),

  get: workspaceProcedure
    .input(templateRef)
    .query(async ({ ctx, input }) =>
      toApiTemplate(await getMessageTemplate(ctx.services.db, ctx.workspaceId, input.id)),
    ),

  create: workspaceProcedure.input(createTemplateInput).mutation(async ({ ctx, input }) => {
    const write = await createMessageTemplate(ctx.services.db, ctx.workspaceId, input);
    return writtenTemplate(write, input.name);
  }),

  /** Changes the fields given; the resulting channel and content must suit each other. */
  update: workspaceProcedure.input(updateTemplateInput).mutation(async ({ ctx, input }) => {
    const { id, name, ...written } = input;
    const current = toApiTemplate(await getMessageTemplate(ctx.services.db, ctx.workspaceId, id));
    const checked = writtenForSchema.safeParse({ ...current, ...written });
    if (!checked.success) throw new TRPCError({ code: 'BAD_REQUEST', cause: checked.error });
    const patch = { ...(name === undefined ? {} : { name }), ...checked.data };
    const write = await updateMessageTemplate(ctx.services.db, ctx.workspaceId, id, patch);
    return writtenTemplate(write, name);
  }),

  remove: workspaceProcedure.input(templateRef).mutation(async ({ ctx, input }) => {
    await removeMessageTemplate(ctx.services.db, ctx.workspaceId, input.id);
    return { id: input.id };
  }),

  /**
   * Unsaved content rendered for a customer of the workspace, or its problems (each naming its
   * field). A mutation only so the content travels in a POST body (an HTML email outgrows a URL).
   */
  preview: workspaceProcedure
    .input(previewInput)
    .mutation(async ({ ctx, input }) =>
      previewMessage(ctx.services.db, ctx.workspaceId, input, ctx.services.now?.() ?? new Date()),
    ),

  /**
   * Sends the content as a test through the workspace's connected channel, on the worker's send
   * path: to the member's own email address or to a customer profile's address, with a customer's
   * or the sample customer's data. At most TEST_SENDS_PER_MINUTE per member (429
   * `test_send_rate_limited`); the outcome says in words what happened (sent, or why not).
   */
  sendTest: workspaceProcedure
    .input(testSendInput)
    // Each test is recorded, with who asked for it, in test_sends.
    .meta({ audit: false })
    .mutation(({ ctx, input }) => sendTest(ctx.services, ctx, input)),
});
