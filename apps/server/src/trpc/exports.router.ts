// Customer exports as background jobs, for sets too large for one streamed request
// (`GET /v1/exports/customers.csv` streams small ones): start, watch and cancel; the finished file is
// downloaded from `GET /v1/exports/:id/file.csv` (exports/customers-export.routes.ts).
import { getExport, listExports } from '@wayfarer/db';
import { customersExportSchema } from '@wayfarer/exports';
import { cancelExport, startExport } from '@wayfarer/exports/jobs';
import { z } from 'zod';
import { toExportView } from '../exports/export-view';
import { router, workspaceProcedure } from './trpc';

// Customer data leaves the product here: editors and admins only, reading included.
const editorProcedure = workspaceProcedure.meta({ role: 'editor' });

const exportRef = z.object({ id: z.uuid() });

export const exportsRouter = router({
  /** Starts writing the customers (or a segment's or list's members) with the chosen columns to a CSV file. */
  start: editorProcedure
    .input(customersExportSchema)
    .mutation(async ({ ctx, input }) =>
      toExportView(await startExport(ctx.services, { workspaceId: ctx.workspaceId, ...input })),
    ),

  get: editorProcedure
    .input(exportRef)
    .query(async ({ ctx, input }) => toExportView(await getExport(ctx.services.db, ctx.workspaceId, input.id))),

  /** Stops a running export; one that completed or failed answers 409 `export_ended`. */
  cancel: editorProcedure
    .input(exportRef)
    .mutation(async ({ ctx, input }) =>
      toExportView(await cancelExport(ctx.services.db, { workspaceId: ctx.workspaceId, exportId: input.id })),
    ),

  list: editorProcedure
    .input(z.object({ limit: z.number().int().min(1).max(100).default(20) }).default({ limit: 20 }))
    .query(async ({ ctx, input }) =>
      (await listExports(ctx.services.db, ctx.workspaceId, input.limit)).map(toExportView),
    ),
});
