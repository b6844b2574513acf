import { describe, expect, it } from 'vitest';
import { readCsvRows, type CsvRow } from './csv-rows';

async function* chunks(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

async function collect(rows: AsyncIterable<CsvRow>): Promise<CsvRow[]> {
  const all: CsvRow[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

const file = Buffer.from('\ufeffname,note\r\n王小明,"a, ""quoted""\nline"\r\n\r\n🎉 Mei,=1+1\r\nlast,x', 'utf8');

describe('CSV rows', () => {
  it('reads quoted cells, counts blank lines and survives multi-byte characters split across chunks', async () => {
    const rows = await collect(readCsvRows(chunks(file, 3)));
    expect(rows.map((row) => [row.row, row.cells])).toEqual([
      [1, ['name', 'note']],
      [2, ['王小明', 'a, "quoted"\nline']],
      [3, ['']],
      [4, ['🎉 Mei', '=1+1']],
      [5, ['last', 'x']],
    ]);
    expect(rows.at(-1)?.endByte).toBe(file.length);
  });

  it('resumes after any row from its end byte, without the rows before it', async () => {
    const rows = await collect(readCsvRows(chunks(file, 7)));
    for (const [index, row] of rows.entries()) {
      const rest = await collect(
        readCsvRows(chunks(file.subarray(row.endByte), 5), { startByte: row.endByte, startRow: row.row + 1 }),
      );
      expect(rest).toEqual(rows.slice(index + 1));
    }
  });
});
