// LINE (LIFF) forms of the workspace: the fields a form asks, the attributes they write and the
// event a submission emits. Audited under `liff_form`.
import { createLiffForm, getLiffForm, listLiffForms, removeLiffForm, updateLiffForm } from '@wayfarer/db';
import { z } from 'zod';
import { toApiForm, writtenForm } from '../liff/liff-form-api';
import { liffFormInputSchema } from '../liff/liff-form.schema';
import { router, workspaceProcedure } from './trpc';

const formRef = z.object({ id: z.uuid() });

export const liffFormsRouter = router({
  /** The workspace's forms by name. */
  list: workspaceProcedure.query(async ({ ctx }) =>
    (await listLiffForms(ctx.services.db, ctx.workspaceId)).map(toApiForm),
  ),

  get: workspaceProcedure
    .input(formRef)
    .query(async ({ ctx, input }) => toApiForm(await getLiffForm(ctx.services.db, ctx.workspaceId, input.id))),

  create: workspaceProcedure
    .input(liffFormInputSchema)
    .mutation(async ({ ctx, input }) =>
      writtenForm(await createLiffForm(ctx.services.db, ctx.workspaceId, input), input.name),
    ),

  /** Replaces the form's name, LIFF ID, event and fields; its page address stays. */
  update: workspaceProcedure.input(z.intersection(formRef, liffFormInputSchema)).mutation(async ({ ctx, input }) => {
    const { id, ...form } = input;
    return writtenForm(await updateLiffForm(ctx.services.db, ctx.workspaceId, id, form), form.name);
  }),

  remove: workspaceProcedure.input(formRef).mutation(async ({ ctx, input }) => {
    await removeLiffForm(ctx.services.db, ctx.workspaceId, input.id);
    return { id: input.id };
  }),
});
