// Rows of a UTF-8 CSV file read as a stream, each with the byte where the next one starts, so a
// job can stop after any row and later read on from there without parsing what came before.
import { parse } from 'csv-parse';

export interface CsvRow {
  /** The row's number as a spreadsheet shows it (the header is row 1; blank lines count). */
  row: number;
  cells: string[];
  /** Byte offset in the file right after this row: where reading resumes. */
  endByte: number;
}

export interface CsvReadPosition {
  /** Byte offset the source starts at (0: the file's start, where a BOM may be). */
  startByte: number;
  /** Number of the row that starts at `startByte`. */
  startRow: number;
}

/** Bytes of the file from `startByte` on. */
export type ByteSource = AsyncIterable<Uint8Array>;

/**
 * Reads rows from `source` (the file from `position.startByte`). Quoted cells may hold commas,
 * quotes and line breaks; rows may be shorter or longer than the header (the mapping judges).
 */
export async function* readCsvRows(
  source: ByteSource,
  position: CsvReadPosition = { startByte: 0, startRow: 1 },
): AsyncGenerator<CsvRow> {
  const parser = parse({
    info: true,
    bom: position.startByte === 0,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  });
  // Fed as the reader consumes; a reader that stops early destroys the parser, which ends this too.
  const feeding = (async () => {
    try {
      for await (const chunk of source) {
        if (parser.destroyed) return;
        if (!parser.write(chunk)) {
          // Whichever comes first; the other listener is taken off (one per chunk would pile up).
          await new Promise<void>((resolve) => {
            const done = () => {
              parser.off('drain', done);
              parser.off('close', done);
              resolve();
            };
            parser.once('drain', done);
            parser.once('close', done);
          });
        }
      }
      if (!parser.destroyed) parser.end();
    } catch (error) {
      parser.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  let row = position.startRow;
  try {
    for await (const parsed of parser as AsyncIterable<{ record: string[]; info: { bytes: number } }>) {
      yield { row, cells: parsed.record, endByte: position.startByte + parsed.info.bytes };
      row++;
    }
  } finally {
    parser.destroy();
    await feeding;
  }
}

/** Whether a row is blank (an empty line, or only empty cells): skipped, but still counted. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}
