// The first rows of a file with a mapping applied, before anything is written: what each row
// would become, and every problem per row and column.
import type { ImportRecord } from '../mapping/import-record';
import type { ImportMapping } from '../mapping/mapping.schema';
import type { RowProblem } from '../mapping/problems';
import { createRowMapper, missingColumns, type TierOption } from '../mapping/row-mapper';
import { suggestMapping } from '../mapping/suggest-mapping';
import { isBlankRow, readCsvRows, type ByteSource } from './csv-rows';
import { readHeader } from './header';

export interface PreviewRow {
  row: number;
  cells: string[];
  /** What the row would write; null when it has problems. */
  record: ImportRecord | null;
  problems: RowProblem[];
}

export interface FilePreview {
  header: string[];
  /** The mapping applied: the one given, or one suggested from the header names. */
  columns: ImportMapping['columns'];
  /** Mapped columns the file does not have. */
  missing: string[];
  rows: PreviewRow[];
}

/** Reads the header and up to `limit` non-blank rows of a UTF-8 CSV file and maps them. */
export async function previewFile(
  source: ByteSource,
  options: {
    mapping?: ImportMapping;
    defaults: Omit<ImportMapping, 'columns'>;
    tiers: readonly TierOption[];
    limit: number;
  },
): Promise<FilePreview> {
  const rows = readCsvRows(source);
  let header: string[] | undefined;
  let mapRow: ReturnType<typeof createRowMapper> | undefined;
  let mapping: ImportMapping | undefined;
  const preview: PreviewRow[] = [];
  for await (const { row, cells } of rows) {
    if (header === undefined) {
      header = readHeader(cells);
      mapping = options.mapping ?? { ...options.defaults, columns: suggestMapping(header) };
      mapRow = createRowMapper(header, mapping, options.tiers);
      continue;
    }
    if (isBlankRow(cells) || mapRow === undefined) continue;
    const mapped = mapRow(cells, row);
    preview.push(
      mapped.ok
        ? { row, cells, record: mapped.record, problems: [] }
        : { row, cells, record: null, problems: mapped.problems },
    );
    if (preview.length >= options.limit) break;
  }
  header ??= readHeader(undefined);
  const columns = mapping?.columns ?? {};
  return { header, columns, missing: mapping === undefined ? [] : missingColumns(header, mapping), rows: preview };
}
