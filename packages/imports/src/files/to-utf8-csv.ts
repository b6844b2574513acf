// What an upload is stored as: UTF-8 CSV, whatever came in — CSV in UTF-8 (checked), CSV in a
// legacy encoding (Excel on a zh-TW Windows saves Big5), or an XLSX workbook's first sheet.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { FileFormatError } from './header';
import type { ByteSource } from './csv-rows';

export const uploadEncodings = ['utf-8', 'big5', 'gb18030', 'shift_jis', 'utf-16le'] as const;
export type UploadEncoding = (typeof uploadEncodings)[number];
export type UploadFormat = 'csv' | 'xlsx';

async function* checkedUtf8(source: ByteSource): AsyncGenerator<Buffer> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of source) {
      decoder.decode(chunk, { stream: true });
      yield Buffer.from(chunk);
    }
    decoder.decode();
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    throw new FileFormatError(
      'not_utf8',
      'The file is not UTF-8 text; choose the encoding it was saved in (e.g. Big5).',
    );
  }
}

async function* transcoded(source: ByteSource, encoding: UploadEncoding): AsyncGenerator<Buffer> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of source) yield Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8');
  yield Buffer.from(decoder.decode(), 'utf8');
}

/** A cell of a sheet as text: dates as ISO (day only at midnight), formulas as their result. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'object') {
    const cell = value as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (Array.isArray(cell.richText)) return cell.richText.map((part) => part.text).join('');
    if ('result' in cell) return cellText(cell.result);
    if (cell.text !== undefined) return cellText(cell.text);
    return '';
  }
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

async function* sheetAsCsv(source: ByteSource): AsyncGenerator<Buffer> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(source), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  try {
    for await (const sheet of reader) {
      let next = 1;
      for await (const row of sheet) {
        // Blank rows are not in the stream; keep the numbering the sheet shows.
        for (; next < row.number; next++) yield Buffer.from('\r\n');
        const values = (row.values as unknown[]).slice(1);
        yield Buffer.from(stringify([values.map(cellText)], { record_delimiter: '\r\n', quoted_match: /[\r\n]/ }));
        next = row.number + 1;
      }
      return;
    }
  } catch (error) {
    if (error instanceof FileFormatError) throw error;
    throw new FileFormatError('not_xlsx', 'The file could not be read as an XLSX workbook.');
  }
}

/** The upload as UTF-8 CSV bytes; a FileFormatError when it is not what it claims to be. */
export function toUtf8Csv(source: ByteSource, format: UploadFormat, encoding: UploadEncoding = 'utf-8'): ByteSource {
  if (format === 'xlsx') return sheetAsCsv(source);
  return encoding === 'utf-8' ? checkedUtf8(source) : transcoded(source, encoding);
}
