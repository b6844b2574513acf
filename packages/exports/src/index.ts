// @wayfarer/exports: customers, segments and lists out as CSV files that are safe to open in a
// spreadsheet, written by a background job into stored files.
export { csvLine, safeCell, UTF8_BOM } from './csv-line';
