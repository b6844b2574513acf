// The customers export: a workspace's customers (or one segment's or list's members) as a CSV file
// with the columns the marketer chose, streamed page by page so a million rows never sit in memory.
import { readCustomerExportPage, type Db, type ExportedCustomer } from '@wayfarer/db';
import { z } from 'zod';
import { csvLine, UTF8_BOM } from './csv-line';

const fixedColumns = ['external_id', 'created_at', 'email', 'phone', 'line', 'messenger', 'tags'] as const;

/** A column of the export: a fixed one, or `attributes.<name>` for a profile attribute. */
export const exportColumnSchema = z.union([
  z.enum(fixedColumns),
  z.string().regex(/^attributes\.[\p{L}\p{N}_.-]{1,100}$/u, 'Name an attribute as attributes.<name>.'),
]);
export type ExportColumn = z.infer<typeof exportColumnSchema>;

export const customersExportSchema = z.object({
  columns: z.array(exportColumnSchema).min(1).max(100),
  segmentId: z.uuid().optional(),
});
export type CustomersExport = z.infer<typeof customersExportSchema>;

/** Customers read per query. */
export const EXPORT_PAGE_SIZE = 1000;

function cellOf(customer: ExportedCustomer, column: ExportColumn): unknown {
  if (column === 'external_id') return customer.externalId;
  if (column === 'created_at') return customer.createdAt.toISOString();
  if (column === 'tags') return customer.tags.join(';');
  if (column.startsWith('attributes.')) return customer.attributes[column.slice('attributes.'.length)];
  // A customer may hold several identities of a kind (merges); all of them, oldest first.
  return customer.identities
    .filter((identity) => identity.kind === column)
    .map((identity) => identity.value)
    .join(';');
}

/** The CSV's first chunk: a byte order mark (Excel then reads UTF-8) and the heading. */
export function customersCsvHeading(columns: readonly ExportColumn[]): string {
  return UTF8_BOM + csvLine(columns);
}

/** One page of customers as CSV lines, cells escaped against formula injection. */
export function customersCsvPage(columns: readonly ExportColumn[], page: readonly ExportedCustomer[]): string {
  return page.map((customer) => csvLine(columns.map((column) => cellOf(customer, column)))).join('');
}

/** The CSV's chunks: a byte order mark and heading, then one chunk per page of customers. */
export async function* customersCsv(
  db: Db,
  input: CustomersExport & { workspaceId: string; pageSize?: number },
): AsyncGenerator<string> {
  yield customersCsvHeading(input.columns);
  let after: string | undefined;
  for (;;) {
    const page = await readCustomerExportPage(db, {
      workspaceId: input.workspaceId,
      ...(input.segmentId === undefined ? {} : { segmentId: input.segmentId }),
      ...(after === undefined ? {} : { after }),
      limit: input.pageSize ?? EXPORT_PAGE_SIZE,
    });
    if (page.length === 0) return;
    yield customersCsvPage(input.columns, page);
    after = page[page.length - 1]?.id;
  }
}
