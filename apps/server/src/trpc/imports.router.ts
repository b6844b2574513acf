// Customer imports: preview an uploaded file with a mapping, start the background job (optionally
// onto a list), watch it, pause / resume / cancel it, and page through its rejected rows. The file
// itself is uploaded to `POST /v1/imports/files` (imports/import-file.routes.ts).
import { getImport, listImportRejects, listImports } from '@wayfarer/db';
import { describeProblems, importMappingSchema, type RowProblem } from '@wayfarer/imports';
import { changeImport, previewImport, startImport } from '@wayfarer/imports/jobs';
import { z } from 'zod';
import { toImportView } from '../imports/import-view';
import { router, workspaceProcedure } from './trpc';

const importRef = z.object({ id: z.uuid() });
const listTarget = z.object({ listId: z.uuid(), mode: z.enum(['append', 'replace', 'remove']) });

export const importsRouter = router({
  /** The file's header, the mapping (given, or suggested from the header) and its first rows mapped, with every problem. */
  preview: workspaceProcedure
    .input(z.object({ fileId: z.uuid(), mapping: importMappingSchema.optional() }))
    .query(async ({ ctx, input }) =>
      previewImport(ctx.services, {
        workspaceId: ctx.workspaceId,
        fileId: input.fileId,
        ...(input.mapping === undefined ? {} : { mapping: input.mapping }),
      }),
    ),

  /** Starts importing the file with the mapping, as a background job; onto a list when `list` is given. */
  start: workspaceProcedure
    .input(z.object({ fileId: z.uuid(), mapping: importMappingSchema, list: listTarget.optional() }))
    .mutation(async ({ ctx, input }) => {
      const job = await startImport(ctx.services, { workspaceId: ctx.workspaceId, ...input });
      return toImportView(await getImport(ctx.services.db, ctx.workspaceId, job.id));
    }),

  list: workspaceProcedure
    .input(z.object({ limit: z.number().int().min(1).max(100).default(20) }).default({ limit: 20 }))
    .query(async ({ ctx, input }) =>
      (await listImports(ctx.services.db, ctx.workspaceId, input.limit)).map(toImportView),
    ),

  get: workspaceProcedure
    .input(importRef)
    .query(async ({ ctx, input }) => toImportView(await getImport(ctx.services.db, ctx.workspaceId, input.id))),

  pause: workspaceProcedure.input(importRef).mutation(async ({ ctx, input }) => {
    await changeImport(ctx.services, { workspaceId: ctx.workspaceId, importId: input.id, change: 'pause' });
    return toImportView(await getImport(ctx.services.db, ctx.workspaceId, input.id));
  }),

  resume: workspaceProcedure.input(importRef).mutation(async ({ ctx, input }) => {
    await changeImport(ctx.services, { workspaceId: ctx.workspaceId, importId: input.id, change: 'resume' });
    return toImportView(await getImport(ctx.services.db, ctx.workspaceId, input.id));
  }),

  /** Stops the import before its next batch; what it wrote stays. */
  cancel: workspaceProcedure.input(importRef).mutation(async ({ ctx, input }) => {
    await changeImport(ctx.services, { workspaceId: ctx.workspaceId, importId: input.id, change: 'cancel' });
    return toImportView(await getImport(ctx.services.db, ctx.workspaceId, input.id));
  }),

  /** A page of the import's rejected rows, with their problems (as data and in words). */
  rejects: workspaceProcedure
    .input(
      importRef.extend({
        afterRow: z.number().int().min(0).optional(),
        limit: z.number().int().min(1).max(200).default(50),
        locale: z.enum(['en', 'zh-TW', 'zh-CN']).default('en'),
      }),
    )
    .query(async ({ ctx, input }) => {
      const job = await getImport(ctx.services.db, ctx.workspaceId, input.id);
      const page = await listImportRejects(ctx.services.db, job.id, {
        ...(input.afterRow === undefined ? {} : { afterRow: input.afterRow }),
        limit: input.limit,
      });
      return page.map((reject) => {
        const problems = reject.problems as RowProblem[];
        return {
          row: reject.row,
          problems,
          description: describeProblems(problems, input.locale),
          cells: reject.cells,
        };
      });
    }),
});
