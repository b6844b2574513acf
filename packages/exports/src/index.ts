// @wayfarer/exports: customers, segments and lists out as CSV files that are safe to open in a
// spreadsheet, streamed page by page.
export { csvLine, readSafeCell, safeCell, UTF8_BOM } from './csv-line';
export {
  customersCsv,
  customersCsvHeading,
  customersCsvPage,
  customersExportSchema,
  exportColumnSchema,
  EXPORT_PAGE_SIZE,
  type CustomersExport,
  type ExportColumn,
} from './customers-csv';
