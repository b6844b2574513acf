// CSV lines that are safe to open in a spreadsheet: a text cell that starts like a formula
// (= + - @, tab, carriage return) is prefixed with a quote, so Excel, Numbers and Google Sheets
// show it as text instead of running it (OWASP's advice against CSV injection).
import { stringify } from 'csv-stringify/sync';

const formulaStart = /^[=+\-@\t\r]/;

/** The cell as a spreadsheet should see it; numbers and booleans stay values. */
export function safeCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return formulaStart.test(text) ? `'${text}` : text;
}

/**
 * A cell's value as `safeCell` meant it: `'+886912345678` read back from our own export (or a
 * spreadsheet that kept the quote) is `+886912345678`. A quote before anything else is data.
 */
export function readSafeCell(cell: string): string {
  return cell.startsWith("'") && formulaStart.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** One CSV line (CRLF-terminated, quoted where needed) of safe cells. */
export function csvLine(cells: readonly unknown[]): string {
  // Line breaks inside a cell need quotes too, not only the CRLF that ends a line.
  return stringify([cells.map(safeCell)], { record_delimiter: '\r\n', quoted_match: /[\r\n]/ });
}

/** A UTF-8 byte order mark: Excel reads a CSV file as UTF-8 (CJK names intact) only with it. */
export const UTF8_BOM = '\ufeff';
